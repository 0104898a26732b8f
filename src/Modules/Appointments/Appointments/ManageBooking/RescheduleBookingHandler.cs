using WellPath.Appointments.BookingPages;
using WellPath.Appointments.RescheduleAppointment;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.Catalog.Contracts;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// The customer's reschedule through the manage link: the free times of the same service at the same clinic, the
/// confirmation of one of them, and the move itself through <see cref="RescheduleAppointmentHandler"/> as the customer.
/// </summary>
internal sealed class RescheduleBookingHandler(ISlotFinder finder, ISlotChecker slots, ICatalogQueries catalog, RescheduleAppointmentHandler moves, TimeProvider clock)
{
    public const int StripDays = 14;

    public const string NotFreeNotice = "This time is not free any more. Your booking has not changed: choose one of the nearest free times below.";

    public const string CurrentTimeNotice = "This is the time you are booked for already. Choose another time.";

    public const string JustTakenNotice = "Sorry, someone booked this time just before you. Your booking has not changed: here are the nearest free times.";

    /// <summary>
    /// Moving to anyone free tries this many of the practitioners free at the time, the booking's own first, before it
    /// answers that the time was taken.
    /// </summary>
    private const int AnyoneAttempts = 3;

    /// <summary>
    /// The strip holds <see cref="StripDays"/> days in pages counted from today, so choosing a day keeps the strip in
    /// place; without a day the first day with free times is shown. Null when the customer may not book the service (any more).
    /// </summary>
    public async Task<ReschedulePickerView?> PickerAsync(ManagedBooking booking, RescheduleChoice choice, CancellationToken cancellationToken)
    {
        var today = LocalTimes.Today(clock, booking.Offer.TimeZoneId);
        var wanted = choice.Date is { } date && date > today ? date : today;
        var first = today.AddDays((wanted.DayNumber - today.DayNumber) / StripDays * StripDays);
        var free = await finder.FindAsync(
            new SlotRangeRequest(booking.Row.ServiceId, booking.Row.LocationId, first, first.AddDays(StripDays - 1), choice.PractitionerOf(booking), CallerIsStaff: false,
                IgnoreAppointmentId: booking.Row.Id),
            cancellationToken);
        if (free is null)
        {
            return null;
        }
        // Several practitioners free at one time are one choice for "anyone".
        var byDay = free.Slots.Select(s => s.Start).Where(start => !booking.IsAt(start)).Distinct().Order().GroupBy(LocalTimes.DateOf).ToDictionary(g => g.Key, g => g.ToList());
        var strip = Enumerable.Range(0, StripDays).Select(first.AddDays).Select(d => new StripDay(d, byDay.ContainsKey(d))).ToList();
        var day = choice.Date is null ? strip.FirstOrDefault(d => d.HasTimes)?.Date ?? today : wanted;
        var times = byDay.GetValueOrDefault(day, []).Select(start => new NearTime(LocalTimes.Time(start), LocalTimes.Iso(start))).ToList();
        return new ReschedulePickerView(booking, choice with { Date = day }, today, first, strip, times);
    }

    /// <summary>The confirmation step: is the time still free, and if not, the nearest free ones. Null when the service cannot be booked by the customer.</summary>
    public async Task<RescheduleConfirmView?> ConfirmAsync(ManagedBooking booking, RescheduleChoice choice, DateTimeOffset start, string? notice, CancellationToken cancellationToken)
    {
        var check = await slots.CheckAsync(Check(booking, choice, start), cancellationToken);
        if (check.Service is null)
        {
            return null;
        }
        notice ??= check.Candidates.Count == 0 ? NotFreeNotice : null;
        var offer = booking.Offer;
        var nearest = notice is null
            ? []
            : await NearestTimes.FindAsync(
                finder, new BookingLink(offer.ServiceId, offer.LocationId, start, choice.PractitionerOf(booking)), offer.TimeZoneId, except: booking.Start, cancellationToken);
        var practitioner = choice.Anyone ? null : (await catalog.GetPractitionerAsync(booking.Row.PractitionerId, cancellationToken))?.Name;
        var local = LocalTimes.InZone(start, offer.TimeZoneId);
        var summary = BookingSummary.Of(offer, local, local.AddMinutes(offer.DurationMinutes), practitioner, offer.CancellationWindowHours);
        return new RescheduleConfirmView(booking, choice with { Start = local }, summary, notice, nearest);
    }

    /// <summary>Moves the booking as its customer; with "anyone", the booking's own practitioner first when free, then the others free at that time.</summary>
    public async Task<RescheduleOutcome> MoveAsync(ManagedBooking booking, RescheduleChoice choice, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var startText = LocalTimes.Iso(LocalTimes.InZone(start, booking.Offer.TimeZoneId));
        IReadOnlyList<Guid?> practitioners = [null];
        if (choice.Anyone)
        {
            var check = await slots.CheckAsync(Check(booking, choice, start), cancellationToken);
            practitioners = check.Candidates.Select(c => c.PractitionerId).Distinct()
                .OrderBy(p => p != booking.Row.PractitionerId).Take(AnyoneAttempts).Select(p => (Guid?)p).ToList();
        }
        RescheduleOutcome outcome = new RescheduleOutcome.Taken(AppointmentProblems.TakenDetail, []);
        foreach (var practitioner in practitioners)
        {
            outcome = await moves.HandleAsync(booking.Row.Id, new RescheduleAppointmentRequest(startText, practitioner), booking.Customer, cancellationToken);
            if (outcome is not RescheduleOutcome.Taken)
            {
                break;
            }
        }
        return outcome;
    }

    private static SlotCheckRequest Check(ManagedBooking booking, RescheduleChoice choice, DateTimeOffset start) =>
        new(booking.Row.ServiceId, booking.Row.LocationId, start, choice.PractitionerOf(booking), CallerIsStaff: false) { IgnoreAppointmentId = booking.Row.Id };
}

internal sealed record StripDay(DateOnly Date, bool HasTimes);

/// <summary>The days of the strip, the chosen day's free times, and the way to the other practitioner choice.</summary>
internal sealed record ReschedulePickerView(
    ManagedBooking Booking, RescheduleChoice Choice, DateOnly Today, DateOnly First, IReadOnlyList<StripDay> Strip, IReadOnlyList<NearTime> Times)
{
    public DateOnly Date => Choice.Date!.Value;

    public DateOnly? Earlier => First > Today ? First.AddDays(-RescheduleBookingHandler.StripDays) : null;

    public DateOnly Later => First.AddDays(RescheduleBookingHandler.StripDays);

    public StripDay? NextFreeDay => Strip.FirstOrDefault(d => d.HasTimes && d.Date > Date);

    public string DayLink(DateOnly day) => RescheduleChoice.DayLink(Booking, Choice.Anyone, day);

    public string OtherChoiceLink => RescheduleChoice.DayLink(Booking, !Choice.Anyone, Date);
}

/// <summary>The old time and the new one side by side, the policy, and when the new time is not free, why and the nearest free ones.</summary>
internal sealed record RescheduleConfirmView(
    ManagedBooking Booking, RescheduleChoice Choice, BookingSummary NewTime, string? Notice, IReadOnlyList<NearTime> NearestTimes)
{
    public bool Taken => Notice is not null;

    public string NewStart => LocalTimes.Iso(Choice.Start!.Value);

    public string PickerLink => RescheduleChoice.DayLink(Booking, Choice.Anyone, LocalTimes.DateOf(Choice.Start!.Value));
}
