using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.CreateToken;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.ListTokens;

internal sealed class ListTokensPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/tokens").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapGet("", async ([AsParameters] ListTokensRequest request, IValidator<ListTokensRequest> validator, ListTokensHandler handler, CancellationToken cancellationToken) =>
            {
                var staff = await handler.ActiveStaffAsync(cancellationToken);
                var validation = await validator.ValidateAsync(request, cancellationToken);
                if (!validation.IsValid)
                {
                    var problem = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage));
                    return AdminPages.Page<ListTokensPage>(
                        new ListTokensView(null, staff, CreateTokenFormView.Empty, ListProblem: problem), StatusCodes.Status422UnprocessableEntity);
                }
                var list = await handler.HandleAsync(Paging.Parse(request.Page), cancellationToken);
                return AdminPages.Page<ListTokensPage>(new ListTokensView(list, staff, CreateTokenFormView.Empty));
            });
    }
}
