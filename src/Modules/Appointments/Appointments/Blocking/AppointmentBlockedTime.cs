using Dapper;
using Npgsql;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Data;

namespace WellPath.Appointments.Blocking;

/// <summary>Scheduling rule 4: the blocking statuses hold their practitioner's and room's time, buffers included.</summary>
internal sealed class AppointmentBlockedTime(NpgsqlDataSource dataSource) : IBlockedTimeSource
{
    private static readonly string Sql = GenericPlan.For("""
        select id, reference, lower(blocked) as start, upper(blocked) as "end", practitioner_id, room_id
        from appointments.appointments
        where status in ('requested', 'confirmed', 'checked_in', 'completed', 'no_show')
          and blocked && tstzrange(@From, @To, '[)')
          and (practitioner_id = any(@PractitionerIds) or room_id = any(@RoomIds))
        """);

    public async Task<IReadOnlyList<BlockedTime>> GetBlockedAsync(
        IReadOnlyCollection<Guid> practitionerIds, IReadOnlyCollection<Guid> roomIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Sql, new { From = from.ToUniversalTime(), To = to.ToUniversalTime(), PractitionerIds = practitionerIds.ToArray(), RoomIds = roomIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => new BlockedTime(new DateTimeOffset(r.Start, TimeSpan.Zero), new DateTimeOffset(r.End, TimeSpan.Zero), r.PractitionerId, r.RoomId, r.Id, r.Reference)).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Reference { get; init; } = "";
        public DateTime Start { get; init; }
        public DateTime End { get; init; }
        public Guid PractitionerId { get; init; }
        public Guid? RoomId { get; init; }
    }
}
