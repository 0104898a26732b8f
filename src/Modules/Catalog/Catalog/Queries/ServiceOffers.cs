using Dapper;
using Npgsql;
using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Queries;

internal sealed class ServiceOffers(NpgsqlDataSource dataSource) : IServiceOffers
{
    private const string Sql = """
        select s.id as service_id, l.id as location_id, s.name as service_name, s.duration_minutes, s.price_cents, s.currency, s.prep_notes,
               s.cancellation_window_hours, s.requires_approval,
               (sl.service_id is not null and l.active and l.live and s.visibility in ('public', 'seasonal')) as publicly_offered,
               l.name as location_name, l.address, l.phone, l.time_zone as time_zone_id
        from unnest(@ServiceIds::uuid[], @LocationIds::uuid[]) as pair (service_id, location_id)
        join catalog.services s on s.id = pair.service_id
        join catalog.locations l on l.id = pair.location_id
        left join catalog.service_locations sl on sl.service_id = s.id and sl.location_id = l.id
        """;

    public async Task<IReadOnlyList<ServiceOffer>> GetAsync(IReadOnlyCollection<ServiceAtLocation> pairs, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0)
        {
            return [];
        }
        var distinct = pairs.Distinct().ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OfferRow>(new CommandDefinition(
            Sql,
            new { ServiceIds = distinct.Select(p => p.ServiceId).ToArray(), LocationIds = distinct.Select(p => p.LocationId).ToArray() },
            cancellationToken: cancellationToken));
        return rows.Select(r => new ServiceOffer(
            r.ServiceId, r.LocationId, r.ServiceName, r.DurationMinutes, r.PriceCents, r.Currency, r.PrepNotes, r.CancellationWindowHours,
            r.RequiresApproval, r.PubliclyOffered, r.LocationName, r.Address, r.Phone, r.TimeZoneId)).ToList();
    }

    private sealed class OfferRow
    {
        public Guid ServiceId { get; init; }
        public Guid LocationId { get; init; }
        public string ServiceName { get; init; } = "";
        public int DurationMinutes { get; init; }
        public int PriceCents { get; init; }
        public string Currency { get; init; } = "";
        public string? PrepNotes { get; init; }
        public int CancellationWindowHours { get; init; }
        public bool RequiresApproval { get; init; }
        public bool PubliclyOffered { get; init; }
        public string LocationName { get; init; } = "";
        public string? Address { get; init; }
        public string? Phone { get; init; }
        public string TimeZoneId { get; init; } = "";
    }
}
