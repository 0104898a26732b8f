using Dapper;
using Npgsql;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.SetStaffActive;

/// <summary>Deactivates or reactivates an account; either way its sessions end.</summary>
internal sealed class SetStaffActiveHandler(NpgsqlDataSource dataSource, IAuditTrail audit, ICurrentActor actor, TimeProvider clock)
{
    private const string SetActiveSql = """
        update access.staff set active = @Active, security_stamp = @SecurityStamp, updated_at = @Now where id = @Id
        """;

    public async Task<StaffChange> HandleAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await StaffQueries.FindAsync(connection, id, transaction, forUpdate: true, cancellationToken);
        if (before is null)
        {
            return new StaffChange.NotFound();
        }
        if (before.Active == active)
        {
            return new StaffChange.Done(before);
        }

        var after = before with { Active = active };
        if (await AdminGuard.RefusalAsync(connection, transaction, before, after, actor.ActorId, cancellationToken) is { } refusal)
        {
            return new StaffChange.Refused(refusal);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            SetActiveSql, new { Id = id, Active = active, SecurityStamp = Guid.NewGuid(), Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(
            new AuditEntry(active ? "staff.reactivated" : "staff.deactivated", "staff", id.ToString(),
                new { before = new { active = before.Active }, after = new { active } }),
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffChange.Done(after);
    }
}
