using FluentValidation;
using Microsoft.AspNetCore.Http;
using Npgsql;
using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.Reception.BookOnBehalf;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.RescheduleAppointment;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Appointments.Reception.Reschedule;

/// <summary>
/// The desk's reschedule screen: a day's free times (internal services' too: the desk is staff) for the appointment's
/// practitioner or another eligible one, and the move through <see cref="RescheduleAppointmentHandler"/> with the API's
/// validator, so a screen and the API never disagree on what may be moved where.
/// </summary>
internal sealed class RescheduleScreenHandler(
    NpgsqlDataSource dataSource, AppointmentLines lines, ICatalogQueries catalog, ISlotFinder finder, RescheduleAppointmentHandler moves,
    IValidator<RescheduleAppointmentRequest> validator, TimeProvider clock)
{
    /// <summary>
    /// Null when the appointment is outside the caller's scope. Without a day, the appointment's own (or today once it is
    /// past); a practitioner who may not take the service is not chosen, the appointment's own is.
    /// </summary>
    public async Task<RescheduleScreenView?> OpenAsync(Guid id, DateOnly? date, Guid? practitionerId, CallerScope caller, CancellationToken cancellationToken)
    {
        AppointmentRow? row;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            row = await ScopedAppointments.FindAsync(connection, id, caller, null, cancellationToken);
        }
        if (row is null)
        {
            return null;
        }
        var line = (await lines.BuildAsync([row], caller, cancellationToken))[0];
        var practitioners = (await catalog.GetEligiblePractitionersAsync(row.ServiceId, row.LocationId, cancellationToken)).ToList();
        if (practitioners.All(p => p.Id != row.PractitionerId))
        {
            practitioners.Add(new PractitionerInfo(row.PractitionerId, line.PractitionerName));
        }
        var chosen = practitioners.Any(p => p.Id == practitionerId) ? practitionerId!.Value : row.PractitionerId;
        var today = LocalTimes.Today(clock, row.TimeZone);
        var day = date ?? (line.Date >= today ? line.Date : today);
        var free = await finder.FindAsync(new SlotRangeRequest(row.ServiceId, row.LocationId, day, day, chosen, CallerIsStaff: true, IgnoreAppointmentId: row.Id), cancellationToken);
        return new RescheduleScreenView(
            line, [.. practitioners.OrderBy(p => p.Name, StringComparer.CurrentCulture)], chosen, day, TimeChoice.From(free),
            Overrides.Allowed(caller, row.LocationId), RescheduleScreenForm.Empty);
    }

    public async Task<DeskMove> MoveAsync(Guid id, RescheduleScreenForm form, CallerScope caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!LocalTimes.TryDate(form.Date, out var date))
        {
            errors["date"] = ["Choose the day as YYYY-MM-DD."];
        }
        if (!QueryValues.TryOptionalId(form.PractitionerId, out var practitionerId))
        {
            errors["practitionerId"] = ["Choose a practitioner from the list."];
        }
        if (await OpenAsync(id, errors.ContainsKey("date") ? null : date, practitionerId, caller, cancellationToken) is not { } view)
        {
            return new DeskMove.NotFound();
        }
        view = view with { Form = form };
        if (practitionerId is { } chosen && chosen != view.PractitionerId)
        {
            errors["practitionerId"] = ["This practitioner does not give this service here. Choose one from the list."];
        }

        var start = ReadStart(form, view, errors);
        var request = new RescheduleAppointmentRequest(start, view.PractitionerId, form.Override ? new OverrideRequest(form.Reason) : null);
        // A start that could not be read already says so next to the time; the validator adds the rest (the override's reason).
        foreach (var (field, messages) in (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors().Where(e => start is not null || e.Key != "start"))
        {
            errors.TryAdd(field, messages);
        }
        if (errors.Count > 0)
        {
            return new DeskMove.Refused(view with { Errors = errors }, StatusCodes.Status422UnprocessableEntity);
        }

        return await moves.HandleAsync(id, request, caller, cancellationToken) switch
        {
            RescheduleOutcome.Rescheduled moved => new DeskMove.Moved(moved.Appointment),
            RescheduleOutcome.Taken taken => new DeskMove.Refused(
                view with { Problem = $"{taken.Detail} Nothing was changed.", Obstacles = taken.Obstacles.Select(o => o.Message).ToList() },
                StatusCodes.Status409Conflict),
            RescheduleOutcome.NotAllowed refused => new DeskMove.Stopped(
                $"This appointment is {Labels.Of(refused.Status).ToLowerInvariant()} now, so it cannot be moved.", StatusCodes.Status409Conflict),
            RescheduleOutcome.Forbidden forbidden => new DeskMove.Stopped(forbidden.Detail, StatusCodes.Status403Forbidden),
            _ => new DeskMove.NotFound(),
        };
    }

    /// <summary>The instant to move to, as the API spells it: a typed local time on the chosen day wins over a picked free time.</summary>
    private static string? ReadStart(RescheduleScreenForm form, RescheduleScreenView view, Dictionary<string, string[]> errors)
    {
        var zone = view.Line.Appointment.TimeZone;
        if (form.Time.Length > 0)
        {
            if (LocalTimes.TryInstant(view.Date, form.Time, zone, out var typed))
            {
                return LocalTimes.Iso(typed);
            }
            errors["time"] = ["Type the time as HH:mm, e.g. 14:30, on a day when it exists at the clinic (clocks may change)."];
            return null;
        }
        if (BookAppointmentValidator.TryStart(form.Start, out var picked))
        {
            return LocalTimes.Iso(LocalTimes.InZone(picked, zone));
        }
        errors["start"] = ["Choose one of the free times, or type a time."];
        return null;
    }
}

internal abstract record DeskMove
{
    public sealed record Moved(AppointmentResponse Appointment) : DeskMove;

    /// <summary>Nothing saved: the screen again with the errors or the obstacles, everything typed kept.</summary>
    public sealed record Refused(RescheduleScreenView View, int Status) : DeskMove;

    /// <summary>Not this appointment, or not by this caller: a page that says why.</summary>
    public sealed record Stopped(string Message, int Status) : DeskMove;

    public sealed record NotFound : DeskMove;
}
