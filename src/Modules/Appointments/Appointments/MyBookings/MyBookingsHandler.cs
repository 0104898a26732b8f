using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using WellPath.Appointments.BookingPages;
using WellPath.Appointments.ManageBooking;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.MyBookings;

/// <summary>A signed-in customer's own bookings, upcoming first, each with its manage link.</summary>
internal sealed class MyBookingsHandler(NpgsqlDataSource dataSource, IServiceOffers offers, IDataProtectionProvider protection, TimeProvider clock)
{
    public const int Limit = 200;

    // Rescheduled appointments live on as their successors, which are listed instead.
    private const string Sql = $"""
        select a.* from appointments.appointments a
        where {ScopedAppointments.ScopePredicate}
          and a.customer_id = @CustomerId and a.status <> 'rescheduled'
        order by a.start_at desc, a.id
        limit @Limit
        """;

    private static readonly string[] Ahead = ["requested", "confirmed", "checked_in"];

    public async Task<MyBookingsView> HandleAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var parameters = ScopedAppointments.ScopeParameters(caller);
        parameters.Add("Limit", Limit);
        List<AppointmentRow> rows;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<AppointmentRow>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken))).ToList();
        }
        var described = (await offers.GetAsync(rows.Select(r => new ServiceAtLocation(r.ServiceId, r.LocationId)).ToList(), cancellationToken))
            .ToDictionary(o => o.Key);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = rows.Where(r => described.ContainsKey(new ServiceAtLocation(r.ServiceId, r.LocationId)))
            .Select(r => (Row: r, Item: Item(r, described[new ServiceAtLocation(r.ServiceId, r.LocationId)])))
            .ToList();
        return new MyBookingsView(
            items.Where(i => i.Row.StartAt >= now && Ahead.Contains(i.Row.Status)).Select(i => i.Item).Reverse().ToList(),
            items.Where(i => i.Row.StartAt < now || !Ahead.Contains(i.Row.Status)).Select(i => i.Item).ToList(),
            rows.Count == Limit);
    }

    private MyBookingItem Item(AppointmentRow row, ServiceOffer offer)
    {
        var start = LocalTimes.InZone(row.StartAt, offer.TimeZoneId);
        var end = LocalTimes.InZone(row.EndAt, offer.TimeZoneId);
        return new MyBookingItem(
            row.Reference, LocalTimes.Day(start), LocalTimes.Hours(start, end), offer.ServiceName, offer.LocationName,
            row.Status, CustomerStatus.Text(row.Status, row.LateCancellation),
            ManageLinks.Opens(row.EndAt, clock.GetUtcNow()) ? ManageLinks.ManagePath(ManageLinks.TokenFor(protection, row.Id)) : null);
    }
}

internal sealed record MyBookingItem(string Reference, string Day, string Hours, string ServiceName, string LocationName, string Status, string StatusText, string? ManageUrl);

/// <summary><see cref="Truncated"/>: there are more, older bookings than the page shows.</summary>
internal sealed record MyBookingsView(IReadOnlyList<MyBookingItem> Upcoming, IReadOnlyList<MyBookingItem> Past, bool Truncated);
