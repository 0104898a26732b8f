using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Modules;

namespace WellPath.Appointments.DemoData;

/// <summary>
/// Plans the demo's appointments around the clock at load time, in each clinic's own zone: today's list (earlier ones
/// checked in or completed, later ones confirmed), the next two working days, a pending request for a service that needs
/// approval, and the demo customer's past and upcoming bookings. Deterministic apart from the date; every appointment
/// lies in its practitioner's working time, and none overlaps another of its practitioner or its room, buffers included.
/// </summary>
internal sealed class DemoBookingPlanner(DemoSchedule schedule, DateTimeOffset now)
{
    private const int LookAheadDays = 14;

    private static readonly Guid DeskClinic = DemoIds.Location(1);
    private static readonly Guid DeskClinicPartner = DemoIds.Location(2);
    private static readonly Guid DemoPractitioner = DemoIds.Practitioner(1);
    private static readonly string[] Sources = ["phone", "web", "walk_in", "web", "email"];
    private static readonly int[] Gaps = [0, 30, 15, 45];

    private readonly List<DemoBooking> bookings = [];
    private readonly Dictionary<Guid, List<(DateTimeOffset Start, DateTimeOffset End)>> held = [];
    private int others;

    public IReadOnlyList<DemoBooking> Plan()
    {
        foreach (var clinic in schedule.Clinics)
        {
            var desk = clinic.Id == DeskClinic;
            var today = LocalTimes.DateOf(LocalTimes.InZone(now, clinic.TimeZoneId));
            Fill(clinic, today, desk ? 3 : 1, desk ? 4 : 2, demoCustomerAt: 1);
            foreach (var (date, index) in WorkingDates(clinic, today.AddDays(1), 1).Take(2).Select((d, i) => (d, i)))
            {
                Fill(clinic, date, desk ? 3 : 1, 1, demoCustomerAt: index == 0 ? 0 : -1);
            }
            if (desk || clinic.Id == DeskClinicPartner)
            {
                Request(clinic, today);
            }
            if (desk)
            {
                foreach (var date in WorkingDates(clinic, today.AddDays(-1), -1).Where(d => Working(clinic, d).First() == DemoPractitioner).Take(2))
                {
                    Fill(clinic, date, 1, 1, demoCustomerAt: 0);
                }
            }
        }
        return bookings;
    }

    /// <summary>Up to <paramref name="perPractitioner"/> bookings each for the first practitioners working that day (the demo practitioner first).</summary>
    private void Fill(DemoClinic clinic, DateOnly date, int practitioners, int perPractitioner, int demoCustomerAt)
    {
        foreach (var (practitionerId, rank) in Working(clinic, date).Take(practitioners).Select((p, i) => (p, i)))
        {
            var offers = Offers(clinic, practitionerId, date, approval: false);
            var windows = DemoWorkingTime.Windows(schedule, clinic, practitionerId, date);
            var from = windows[0].Start + (30 * rank);
            for (var n = 0; n < perPractitioner && offers.Count > 0; n++)
            {
                var forDemoCustomer = clinic.Id == DeskClinic && practitionerId == DemoPractitioner && n == demoCustomerAt;
                var placed = Enumerable.Range(0, offers.Count).Select(k => offers[(n + rank + k) % offers.Count])
                    .Select(offer => Place(clinic, date, offer, windows, from, forDemoCustomer ? 0 : null, null)).FirstOrDefault(b => b is not null);
                if (placed is null)
                {
                    break;
                }
                from = LocalMinutes(placed.End, clinic) + placed.Offer.BufferAfter + Gaps[(n + rank) % Gaps.Length];
            }
        }
    }

    /// <summary>A request for a service that needs approval, at the first time its notice allows.</summary>
    private void Request(DemoClinic clinic, DateOnly today)
    {
        for (var date = today; date <= today.AddDays(LookAheadDays); date = date.AddDays(1))
        {
            foreach (var practitionerId in Working(clinic, date))
            {
                var windows = DemoWorkingTime.Windows(schedule, clinic, practitionerId, date);
                var placed = Offers(clinic, practitionerId, date, approval: true)
                    .Select(offer => Place(clinic, date, offer, windows, windows[0].Start, null, "Knee replacement six weeks ago; the surgeon's letter will follow by email."))
                    .FirstOrDefault(b => b is not null);
                if (placed is not null)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The first free start from <paramref name="from"/> (minutes of the day) on the service's grid, or null.</summary>
    private DemoBooking? Place(DemoClinic clinic, DateOnly date, DemoOffer offer, IReadOnlyList<(int Start, int End)> windows, int from, int? customer, string? notes)
    {
        foreach (var window in windows.Where(w => w.End > from))
        {
            if (!Instant(date, window.End, clinic, out var windowEnd))
            {
                continue;
            }
            var first = Math.Max(window.Start, from);
            for (var minute = (first + offer.Step - 1) / offer.Step * offer.Step; minute + offer.Duration <= window.End; minute += offer.Step)
            {
                if (!Instant(date, minute, clinic, out var start) || start.AddMinutes(offer.Duration) > windowEnd || (start >= now && start < now.AddMinutes(offer.MinNoticeMinutes)))
                {
                    continue;
                }
                if (offer.RequiresApproval && start < now)
                {
                    continue;
                }
                var booking = Book(clinic, offer, start, customer, notes);
                if (booking is not null)
                {
                    return booking;
                }
            }
        }
        return null;
    }

    private DemoBooking? Book(DemoClinic clinic, DemoOffer offer, DateTimeOffset start, int? customer, string? notes)
    {
        var end = start.AddMinutes(offer.Duration);
        var candidate = new DemoBooking(offer, clinic.TimeZoneId, null, start, end, Status(offer, start, end), 0, "web", notes);
        if (!IsFree(offer.PractitionerId, candidate))
        {
            return null;
        }
        Guid? roomId = null;
        if (offer.RoomTypeId is { } type)
        {
            roomId = schedule.Rooms.Where(r => r.LocationId == clinic.Id && r.RoomTypeId == type).Select(r => (Guid?)r.Id).FirstOrDefault(r => IsFree(r!.Value, candidate));
            if (roomId is null)
            {
                return null;
            }
        }
        var who = customer ?? NextCustomer();
        var booking = candidate with { RoomId = roomId, Customer = who, Source = Source(offer, who, LocalTimes.DateOf(LocalTimes.InZone(start, clinic.TimeZoneId)) == LocalTimes.DateOf(LocalTimes.InZone(now, clinic.TimeZoneId))) };
        Hold(offer.PractitionerId, booking);
        if (roomId is { } room)
        {
            Hold(room, booking);
        }
        bookings.Add(booking);
        return booking;
    }

    private string Status(DemoOffer offer, DateTimeOffset start, DateTimeOffset end) =>
        offer.RequiresApproval ? "requested" : start >= now ? "confirmed" : end <= now ? "completed" : "checked_in";

    /// <summary>The demo customer books online; nobody else books an internal service online, or walks in on another day.</summary>
    private static string Source(DemoOffer offer, int customer, bool sameDay) => (customer == 0 ? "web" : Sources[customer % Sources.Length]) switch
    {
        "web" when offer.Visibility == "internal" => "phone",
        "walk_in" when !sameDay => "phone",
        var source => source,
    };

    private int NextCustomer() => 1 + (others++ % (DemoCustomers.All.Count - 1));

    /// <summary>Practitioners and rooms both key <see cref="held"/>: their ids never meet.</summary>
    private bool IsFree(Guid holder, DemoBooking booking) =>
        !held.TryGetValue(holder, out var ranges) || ranges.All(r => r.End <= booking.BlockedStart || booking.BlockedEnd <= r.Start);

    private void Hold(Guid holder, DemoBooking booking)
    {
        if (!held.TryGetValue(holder, out var ranges))
        {
            held[holder] = ranges = [];
        }
        ranges.Add((booking.BlockedStart, booking.BlockedEnd));
    }

    /// <summary>Who works at the clinic that day and offers something there: the demo practitioner first, then by id.</summary>
    private IEnumerable<Guid> Working(DemoClinic clinic, DateOnly date) =>
        schedule.Rules.Where(r => r.LocationId == clinic.Id && r.AppliesOn(date)).Select(r => r.PractitionerId).Distinct()
            .OrderBy(p => p != DemoPractitioner).ThenBy(p => p)
            .Where(p => DemoWorkingTime.Windows(schedule, clinic, p, date).Count > 0 && Offers(clinic, p, date, approval: false).Count > 0);

    /// <summary>Dates from <paramref name="start"/> on, one <paramref name="step"/> at a time, on which someone works at the clinic.</summary>
    private IEnumerable<DateOnly> WorkingDates(DemoClinic clinic, DateOnly start, int step) =>
        Enumerable.Range(0, LookAheadDays).Select(i => start.AddDays(i * step)).Where(d => Working(clinic, d).Any());

    private List<DemoOffer> Offers(DemoClinic clinic, Guid practitionerId, DateOnly date, bool approval) =>
        [.. schedule.Offers.Where(o => o.LocationId == clinic.Id && o.PractitionerId == practitionerId && o.RequiresApproval == approval && o.BookableOn(date))];

    private static bool Instant(DateOnly date, int minutes, DemoClinic clinic, out DateTimeOffset instant) =>
        LocalTimes.TryInstant(date, $"{minutes / 60:00}:{minutes % 60:00}", clinic.TimeZoneId, out instant);

    private static int LocalMinutes(DateTimeOffset instant, DemoClinic clinic) =>
        DemoWorkingTime.Minutes(TimeOnly.FromDateTime(LocalTimes.InZone(instant, clinic.TimeZoneId).DateTime));
}
