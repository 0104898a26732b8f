using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.UpdateStaff;

internal sealed class UpdateStaffEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/staff").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapPatch("/{id:guid}", async (Guid id, UpdateStaffRequest request, UpdateStaffHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(id, request, cancellationToken)).ToApiResult())
            .Validate<UpdateStaffRequest>()
            .WithName("UpdateStaff");
    }
}
