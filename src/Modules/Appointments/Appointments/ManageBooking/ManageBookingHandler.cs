using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using WellPath.Appointments.BookingPages;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;

namespace WellPath.Appointments.ManageBooking;

/// <summary>Opens a booking by its manage link and cancels it for the customer. The link is the authority: no account, no session.</summary>
internal sealed class ManageBookingHandler(
    NpgsqlDataSource dataSource, IServiceOffers offers, ICatalogQueries catalog, ChangeStatusHandler changes, IDataProtectionProvider protection, TimeProvider clock)
{
    // A rescheduled appointment points at its successor; a link made for the first one follows the chain to the current one.
    private const string CurrentSql = """
        with recursive chain (id, next_id, hops) as (
            select id, rescheduled_to_id, 0 from appointments.appointments where id = @Id
            union all
            select a.id, a.rescheduled_to_id, chain.hops + 1
            from appointments.appointments a join chain on a.id = chain.next_id
            where chain.hops < 100
        )
        select id from chain order by hops desc limit 1
        """;

    public async Task<ManagedBooking?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (ManageLinks.Read(protection, token) is not { } id)
        {
            return null;
        }
        AppointmentRow? row;
        AppointmentRow? previous = null;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            var current = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(CurrentSql, new { Id = id }, cancellationToken: cancellationToken));
            row = current is { } currentId ? await AppointmentReader.LoadAsync(connection, currentId, null, cancellationToken) : null;
            if (row?.RescheduledFromId is { } previousId)
            {
                previous = await AppointmentReader.LoadAsync(connection, previousId, null, cancellationToken);
            }
        }
        if (row is null || !ManageLinks.Opens(row.EndAt, clock.GetUtcNow()) || (await offers.GetAsync([new ServiceAtLocation(row.ServiceId, row.LocationId)], cancellationToken)).FirstOrDefault() is not { } offer)
        {
            return null;
        }
        var practitioner = await catalog.GetPractitionerAsync(row.PractitionerId, cancellationToken);
        var start = new DateTimeOffset(row.StartAt, TimeSpan.Zero);
        var summary = BookingSummary.Of(offer, start, new DateTimeOffset(row.EndAt, TimeSpan.Zero), practitioner?.Name, row.CancellationWindowHours);
        var moved = row.Id != id;
        return new ManagedBooking(row, offer, summary, moved ? ManageLinks.TokenFor(protection, row.Id) : token, moved, clock.GetUtcNow(), previous is null ? null : When(previous));
    }

    /// <summary>"Monday 1 March 2027, 09:00–09:30" at the appointment's location.</summary>
    public static string When(AppointmentRow row)
    {
        var start = LocalTimes.InZone(row.StartAt, row.TimeZone);
        return $"{LocalTimes.Day(start)}, {LocalTimes.Hours(start, LocalTimes.InZone(row.EndAt, row.TimeZone))}";
    }

    /// <summary>Cancels as the booking's customer, so the lifecycle's scope, rules and audit see who acted.</summary>
    public Task<StatusOutcome> CancelAsync(ManagedBooking booking, string reason, string? note, CancellationToken cancellationToken)
    {
        return changes.HandleAsync(booking.Row.Id, StatusActions.Find("cancel")!, reason, note, booking.Customer, cancellationToken);
    }
}
