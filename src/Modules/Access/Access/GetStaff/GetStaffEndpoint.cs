using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Access.GetStaff;

internal sealed class GetStaffEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/staff").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapGet("/{id:guid}", async (Guid id, GetStaffHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, cancellationToken) is { } staff
                    ? (IResult)TypedResults.Ok(staff)
                    : ApiProblems.NotFound("The staff member"))
            .WithName("GetStaff");
    }
}
