using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Reception.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.PendingRequests;

/// <summary>The requests screen; its confirm and decline buttons post to the rows' status endpoint with <c>view=requests</c>.</summary>
internal sealed class PendingRequestsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception/requests").RequireAuthorization(ReceptionSetup.DeskPolicy).ExcludeFromDescription()
            .MapGet("", async (string? locationId, HttpContext context, ClaimsPrincipal user, PendingRequestsHandler handler, CancellationToken cancellationToken) =>
            {
                if (!QueryValues.TryOptionalId(locationId, out var location))
                {
                    return PageMessage.NotFound("This location");
                }
                var view = await handler.HandleAsync(location, CallerScope.From(user), cancellationToken);
                return view is null
                    ? PageMessage.NotFound("This location")
                    : ModelPages.PageOrPartial<PendingRequestsPage, PendingRequestsPartial>(context, view);
            });
    }
}
