using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.GetStaff;

internal sealed class GetStaffPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/staff").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapGet("/{id:guid}", async (Guid id, string? saved, GetStaffHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, cancellationToken) is { } staff
                    ? AdminPages.Page<GetStaffPage>(GetStaffView.For(staff, saved == "true" ? "Saved. This person's sessions have ended." : null))
                    : AdminPages.NotFound("The staff member"));
    }
}
