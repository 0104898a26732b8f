using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Authentication.Cookies;
using Npgsql;
using WellPath.Access.Links;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.CustomerLink;

/// <summary>Uses a customer's sign-in link once and gives back the customer's principal.</summary>
internal sealed class UseCustomerLinkHandler(NpgsqlDataSource dataSource, SignInLinks links, IAuditTrail audit)
{
    private static readonly string[] Purposes = [LinkPurposes.CustomerSignIn];

    private const string FindSql = "select name from access.customers where id = @Id";

    public async Task<ClaimsPrincipal?> HandleAsync(string secret, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var customerId = await links.ConsumeAsync(secret, Purposes, transaction, cancellationToken);
        var name = customerId is null ? null : await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            FindSql, new { Id = customerId }, transaction, cancellationToken: cancellationToken));
        if (customerId is null || name is null)
        {
            return null;
        }

        var id = customerId.Value.ToString();
        await audit.RecordAsync(new AuditEntry("sign_in.succeeded", "customer", id) { ActorId = id, ActorKind = ActorKinds.Customer }, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, id),
                new Claim(ClaimTypes.Name, name),
                new Claim(ClaimTypes.Role, Roles.Customer),
                new Claim(WellPathClaims.ActorId, id),
                new Claim(WellPathClaims.ActorKind, ActorKinds.Customer),
                new Claim(WellPathClaims.CustomerId, id),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
