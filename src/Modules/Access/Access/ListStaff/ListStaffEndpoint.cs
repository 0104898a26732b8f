using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.ListStaff;

internal sealed class ListStaffEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/staff").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapGet("", async ([AsParameters] ListStaffRequest request, ListStaffHandler handler, CancellationToken cancellationToken) =>
            {
                var list = await handler.HandleAsync(request.ToFilter(), cancellationToken);
                return TypedResults.Ok(new ItemsResponse<StaffResponse>(list.Items, list.NextPage));
            })
            .Validate<ListStaffRequest>()
            .WithName("ListStaff");
    }
}
