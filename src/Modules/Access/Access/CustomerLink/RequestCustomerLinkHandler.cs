using Dapper;
using Npgsql;
using WellPath.Access.Links;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Mail;

namespace WellPath.Access.CustomerLink;

/// <summary>Mails a one-time sign-in link to a known customer. Says nothing about whether the customer exists.</summary>
internal sealed class RequestCustomerLinkHandler(NpgsqlDataSource dataSource, SignInLinks links, IMailQueue mail, IAuditTrail audit, PublicUrl publicUrl)
{
    private const string FindSql = "select id, email, name from access.customers where email_key = lower(@Email)";

    public async Task HandleAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var customer = await connection.QuerySingleOrDefaultAsync<(Guid Id, string Email, string Name)?>(new CommandDefinition(
            FindSql, new { Email = email.Trim() }, transaction, cancellationToken: cancellationToken));
        if (customer is not { } found)
        {
            return;
        }

        var secret = await links.CreateAsync(LinkPurposes.CustomerSignIn, found.Id, transaction, cancellationToken);
        await mail.QueueAsync(LinkMails.CustomerSignIn(found.Email, found.Name, publicUrl.For($"/account/customer-link/{secret}")), transaction, cancellationToken);
        await audit.RecordAsync(new AuditEntry("customer_link.requested", "customer", found.Id.ToString()), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
