using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Shared;

/// <summary>Keeps the clinic administrable: nobody removes their own admin access, and the last active admin account stays.</summary>
internal static class AdminGuard
{
    // Taken only when an admin is about to lose access, after that row is locked; the count below starts after it, so
    // two admins removing each other at once are serialised and the second sees the first one's change.
    private const string LockSql = "select pg_advisory_xact_lock(hashtext('access.staff.admins'))";

    private const string OtherAdminsSql = "select count(*) from access.staff where role = 'admin' and active and id <> @Id";

    public static async Task<string?> RefusalAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, StaffResponse before, StaffResponse after, string actorId, CancellationToken cancellationToken)
    {
        var losesAdmin = before is { Role: Roles.Admin, Active: true } && (after.Role != Roles.Admin || !after.Active);
        if (!losesAdmin)
        {
            return null;
        }
        if (actorId == before.Id.ToString())
        {
            return "You cannot remove your own admin access. Ask another admin to do it.";
        }

        await connection.ExecuteAsync(new CommandDefinition(LockSql, transaction: transaction, cancellationToken: cancellationToken));
        var others = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            OtherAdminsSql, new { before.Id }, transaction, cancellationToken: cancellationToken));
        return others == 0 ? "This is the last active admin account. Make another account admin first." : null;
    }
}
