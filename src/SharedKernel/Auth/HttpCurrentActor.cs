using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace WellPath.SharedKernel.Auth;

internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private HttpContext? Context => accessor.HttpContext;

    private ClaimsPrincipal? User => Context?.User.Identity?.IsAuthenticated == true ? Context.User : null;

    public string ActorId => User?.FindFirstValue(WellPathClaims.ActorId) ?? (Context is null ? "system" : "anonymous");

    public string ActorKind => User?.FindFirstValue(WellPathClaims.ActorKind) ?? (Context is null ? "system" : "anonymous");

    public string? Address => Context?.Connection.RemoteIpAddress?.ToString();

    public string? RequestId => Context?.TraceIdentifier;

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}
