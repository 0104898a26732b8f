using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Data;

namespace WellPath.Appointments.Blocking;

/// <summary>Scheduling rule 4: the blocking statuses hold their practitioner's and room's time, buffers included.</summary>
internal sealed class AppointmentBlockedTime : IBlockedTimeSource
{
    private const string Sql = """
        select id, reference, lower(blocked) as start, upper(blocked) as "end", practitioner_id, room_id
        from appointments.appointments
        where status in ('requested', 'confirmed', 'checked_in', 'completed', 'no_show')
          and blocked && tstzrange(@AppointmentsFrom, @AppointmentsTo, '[)')
          and (practitioner_id = any(@AppointmentsPractitionerIds) or room_id = any(@AppointmentsRoomIds))
        """;

    public BatchResult<IReadOnlyList<BlockedTime>> AddTo(QueryBatch batch, BlockedTimeQuery query) => batch.Add(
        Sql,
        new
        {
            AppointmentsFrom = query.From.ToUniversalTime(),
            AppointmentsTo = query.To.ToUniversalTime(),
            AppointmentsPractitionerIds = query.PractitionerIds.ToArray(),
            AppointmentsRoomIds = query.RoomIds.ToArray(),
        },
        async grid => (IReadOnlyList<BlockedTime>)(await grid.ReadAsync<Row>())
            .Select(r => new BlockedTime(new DateTimeOffset(r.Start, TimeSpan.Zero), new DateTimeOffset(r.End, TimeSpan.Zero), r.PractitionerId, r.RoomId, r.Id, r.Reference))
            .ToList());

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
