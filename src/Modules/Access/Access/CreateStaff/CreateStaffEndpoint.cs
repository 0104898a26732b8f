using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.CreateStaff;

internal sealed class CreateStaffEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/staff").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapPost("", async (CreateStaffRequest request, CreateStaffHandler handler, CancellationToken cancellationToken) =>
            {
                var staff = await handler.HandleAsync(request, cancellationToken);
                return staff is null
                    ? (IResult)ApiProblems.Conflict("A staff account with this email already exists.")
                    : TypedResults.Created($"/api/v1/staff/{staff.Id}", staff);
            })
            .Validate<CreateStaffRequest>()
            .WithName("CreateStaff");
    }
}
