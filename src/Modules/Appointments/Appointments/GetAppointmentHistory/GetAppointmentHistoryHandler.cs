using Dapper;
using Npgsql;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.GetAppointmentHistory;

/// <summary>
/// The timeline of an appointment from the audit trail: its own events and those of the appointments it was rescheduled
/// from, so a moved appointment shows where it came from. Null when the appointment is outside the caller's scope.
/// </summary>
internal sealed class GetAppointmentHistoryHandler(NpgsqlDataSource dataSource, IAuditReader auditReader)
{
    private const int MaxMoves = 100;

    private const string ChainSql = """
        with recursive chain as (
            select a.id, a.rescheduled_from_id, a.time_zone, 0 as depth
            from appointments.appointments a
            where a.id = @Id and
        """ + ScopedAppointments.ScopePredicate + """

            union all
            select p.id, p.rescheduled_from_id, p.time_zone, c.depth + 1
            from appointments.appointments p
            join chain c on p.id = c.rescheduled_from_id
            where c.depth < @MaxMoves
        )
        select id, time_zone from chain order by depth
        """;

    public async Task<IReadOnlyList<HistoryEvent>?> HandleAsync(Guid id, CallerScope caller, CancellationToken cancellationToken)
    {
        var parameters = ScopedAppointments.ScopeParameters(caller);
        parameters.AddDynamicParams(new { Id = id, MaxMoves });
        List<(Guid Id, string TimeZone)> chain;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            chain = (await connection.QueryAsync<(Guid, string)>(new CommandDefinition(ChainSql, parameters, cancellationToken: cancellationToken))).ToList();
        }
        if (chain.Count == 0)
        {
            return null;
        }

        var records = await auditReader.ReadAsync(AppointmentTrail.RecordType, chain.Select(c => c.Id.ToString()).ToList(), cancellationToken);
        var forCustomer = caller.Role == Roles.Customer;
        return records.Select(r => HistoryEvent.From(r, chain[0].TimeZone, forCustomer)).ToList();
    }
}
