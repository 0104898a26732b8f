using Dapper;
using Npgsql;
using WellPath.Access.Links;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.PasswordReset;

/// <summary>Uses a set-password link once: sets the password and ends every other session of the account.</summary>
internal sealed class SetPasswordHandler(NpgsqlDataSource dataSource, SignInLinks links, PasswordHashing passwords, IAuditTrail audit, TimeProvider clock)
{
    public static readonly string[] Purposes = [LinkPurposes.PasswordReset, LinkPurposes.StaffInvite];

    private const string SetSql = """
        update access.staff set password_hash = @Hash, security_stamp = @Stamp, updated_at = @Now
        where id = @Id and active
        returning email
        """;

    private const string ClearFailuresSql = "delete from access.sign_in_failures where email_key = lower(@Email)";

    /// <summary>False when the link is unknown, used, expired, or its account deactivated.</summary>
    public async Task<bool> HandleAsync(string secret, string password, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var staffId = await links.ConsumeAsync(secret, Purposes, transaction, cancellationToken);
        if (staffId is null)
        {
            return false;
        }

        var email = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SetSql,
            new { Id = staffId, Hash = passwords.Hash(password), Stamp = Guid.NewGuid(), Now = clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
        if (email is null)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(ClearFailuresSql, new { Email = email }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(
            new AuditEntry("password.set", "staff", staffId.Value.ToString()) { ActorId = staffId.Value.ToString(), ActorKind = ActorKinds.StaffSession },
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
