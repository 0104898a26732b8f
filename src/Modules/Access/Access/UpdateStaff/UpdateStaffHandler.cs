using Dapper;
using Npgsql;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.UpdateStaff;

internal sealed class UpdateStaffHandler(NpgsqlDataSource dataSource, IAuditTrail audit, ICurrentActor actor, TimeProvider clock)
{
    // A new security stamp ends the account's sessions: they were signed in with the old role and scope.
    private const string UpdateSql = """
        update access.staff
        set role = @Role, practitioner_id = @PractitionerId, security_stamp = @SecurityStamp, updated_at = @Now
        where id = @Id
        """;

    private const string ClearLocationsSql = "delete from access.staff_locations where staff_id = @Id";

    private const string InsertLocationsSql = """
        insert into access.staff_locations (staff_id, location_id) select @Id, unnest(@LocationIds)
        """;

    public async Task<StaffChange> HandleAsync(Guid id, UpdateStaffRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await StaffQueries.FindAsync(connection, id, transaction, forUpdate: true, cancellationToken);
        if (before is null)
        {
            return new StaffChange.NotFound();
        }

        var after = before with
        {
            Role = request.Role ?? before.Role,
            LocationIds = request.LocationIds ?? before.LocationIds,
            PractitionerId = request.PractitionerId ?? before.PractitionerId,
        };
        if (FieldRules.NeedsLocations(after.Role) && after.LocationIds.Count == 0)
        {
            return new StaffChange.Invalid("locationIds", FieldRules.NeedsLocationsMessage);
        }
        if (after.Role == Roles.Practitioner && after.PractitionerId is null)
        {
            return new StaffChange.Invalid("practitionerId", FieldRules.NeedsPractitionerMessage);
        }

        var locationsChanged = !after.LocationIds.ToHashSet().SetEquals(before.LocationIds);
        if (after.Role == before.Role && after.PractitionerId == before.PractitionerId && !locationsChanged)
        {
            return new StaffChange.Done(before);
        }
        if (await AdminGuard.RefusalAsync(connection, transaction, before, after, actor.ActorId, cancellationToken) is { } refusal)
        {
            return new StaffChange.Refused(refusal);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            UpdateSql,
            new { Id = id, after.Role, after.PractitionerId, SecurityStamp = Guid.NewGuid(), Now = clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
        if (locationsChanged)
        {
            await connection.ExecuteAsync(new CommandDefinition(ClearLocationsSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                InsertLocationsSql, new { Id = id, LocationIds = after.LocationIds.ToArray() }, transaction, cancellationToken: cancellationToken));
        }
        var saved = (await StaffQueries.FindAsync(connection, id, transaction, forUpdate: false, cancellationToken))!;
        await audit.RecordAsync(
            new AuditEntry("staff.updated", "staff", id.ToString(), new { before = StaffAuditState.Of(before), after = StaffAuditState.Of(saved) }),
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffChange.Done(saved);
    }
}
