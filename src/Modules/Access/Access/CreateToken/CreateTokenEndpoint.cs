using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.CreateToken;

internal sealed class CreateTokenEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/tokens").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapPost("", async (CreateTokenRequest request, CreateTokenHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(request, cancellationToken) switch
                {
                    CreateTokenOutcome.Created created => (IResult)TypedResults.Created($"/api/v1/tokens/{created.Token.Id}", created.Token),
                    CreateTokenOutcome.StaffDeactivated => ApiProblems.Invalid("staffId", "This staff account is deactivated."),
                    _ => ApiProblems.Invalid("staffId", "There is no staff account with this id."),
                })
            .Validate<CreateTokenRequest>()
            .WithName("CreateToken");
    }
}
