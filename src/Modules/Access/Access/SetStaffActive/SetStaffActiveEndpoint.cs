using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.SetStaffActive;

internal sealed class SetStaffActiveEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/staff").WithTags("Access").RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/deactivate", async (Guid id, SetStaffActiveHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(id, active: false, cancellationToken)).ToApiResult())
            .WithName("DeactivateStaff");
        group.MapPost("/{id:guid}/reactivate", async (Guid id, SetStaffActiveHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(id, active: true, cancellationToken)).ToApiResult())
            .WithName("ReactivateStaff");
    }
}
