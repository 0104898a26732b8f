using Dapper;
using Npgsql;
using WellPath.Access.Links;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.CreateStaff;

/// <summary>Creates the account without a password and mails its owner an invite to choose one.</summary>
internal sealed class CreateStaffHandler(NpgsqlDataSource dataSource, IAuditTrail audit, SetPasswordLinkSender invites, TimeProvider clock)
{
    private const string InsertStaffSql = """
        insert into access.staff (id, email, name, role, practitioner_id, active, security_stamp, created_at, updated_at)
        values (@Id, @Email, @Name, @Role, @PractitionerId, true, @SecurityStamp, @Now, @Now)
        on conflict (email_key) do nothing
        """;

    private const string InsertLocationsSql = """
        insert into access.staff_locations (staff_id, location_id) select @Id, unnest(@LocationIds)
        """;

    /// <summary>The new account, or null when the email is already taken.</summary>
    public async Task<StaffResponse?> HandleAsync(CreateStaffRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var staff = new StaffResponse(
            Guid.CreateVersion7(now), request.Email!.Trim(), request.Name!.Trim(), request.Role!,
            request.LocationIds ?? [], request.PractitionerId, true, now);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertStaffSql,
            new { staff.Id, staff.Email, staff.Name, staff.Role, staff.PractitionerId, SecurityStamp = Guid.NewGuid(), Now = now },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            InsertLocationsSql, new { staff.Id, LocationIds = staff.LocationIds.ToArray() }, transaction, cancellationToken: cancellationToken));
        await invites.SendAsync(staff.Id, staff.Email, staff.Name, invite: true, transaction, cancellationToken);
        await audit.RecordAsync(new AuditEntry("staff.created", "staff", staff.Id.ToString(), new { after = staff }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return staff;
    }
}
