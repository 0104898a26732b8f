using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Sessions;

/// <summary>
/// Ends a session as soon as its account is deactivated or its security stamp changes
/// (password, role or scope change), on the next request, whichever instance serves it.
/// </summary>
internal sealed class SessionValidator(NpgsqlDataSource dataSource)
{
    private const string StampSql = "select security_stamp from access.staff where id = @Id and active";

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirstValue(WellPathClaims.ActorKind) != ActorKinds.StaffSession)
        {
            return;
        }

        var stamp = principal.FindFirstValue(WellPathClaims.SecurityStamp);
        var current = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var staffId)
            ? await LoadStampAsync(staffId, context.HttpContext.RequestAborted)
            : null;
        if (current is null || current.Value.ToString() != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private async Task<Guid?> LoadStampAsync(Guid staffId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(StampSql, new { Id = staffId }, cancellationToken: cancellationToken));
    }
}
