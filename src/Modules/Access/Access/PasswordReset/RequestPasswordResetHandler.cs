using Dapper;
using Npgsql;
using WellPath.Access.Links;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.PasswordReset;

/// <summary>Mails a set-password link to an active staff member. Says nothing about whether the account exists.</summary>
internal sealed class RequestPasswordResetHandler(NpgsqlDataSource dataSource, SetPasswordLinkSender sender, IAuditTrail audit)
{
    private const string FindSql = "select id, email, name from access.staff where email_key = lower(@Email) and active";

    public async Task HandleAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var staff = await connection.QuerySingleOrDefaultAsync<(Guid Id, string Email, string Name)?>(new CommandDefinition(
            FindSql, new { Email = email.Trim() }, transaction, cancellationToken: cancellationToken));
        if (staff is not { } found)
        {
            return;
        }

        await sender.SendAsync(found.Id, found.Email, found.Name, invite: false, transaction, cancellationToken);
        await audit.RecordAsync(new AuditEntry("password_reset.requested", "staff", found.Id.ToString()), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
