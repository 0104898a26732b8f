using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Appointments.GetAppointmentHistory;

internal sealed class GetAppointmentHistoryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments").WithTags("Appointments").RequireAuthorization(Policies.SignedIn)
            .MapGet("/{id:guid}/history", async (Guid id, ClaimsPrincipal user, GetAppointmentHistoryHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, CallerScope.From(user), cancellationToken) is { } events
                    ? (IResult)TypedResults.Ok(new { events })
                    : ApiProblems.NotFound("The appointment"))
            .WithName("GetAppointmentHistory");
    }
}
