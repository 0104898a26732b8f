using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.ListTokens;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.CreateToken;

internal sealed class CreateTokenPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/tokens").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapPost("", async (
                [FromForm] CreateTokenForm form,
                HttpContext context,
                IValidator<CreateTokenRequest> validator,
                CreateTokenHandler handler,
                ListTokensHandler list,
                CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                var request = form.ToRequest(errors);
                var validation = await validator.ValidateAsync(request, cancellationToken);
                foreach (var (field, messages) in validation.ToFieldErrors())
                {
                    errors.TryAdd(field, messages);
                }

                CreatedTokenResponse? created = null;
                if (errors.Count == 0)
                {
                    switch (await handler.HandleAsync(request, cancellationToken))
                    {
                        case CreateTokenOutcome.Created outcome:
                            created = outcome.Token;
                            break;
                        case CreateTokenOutcome.StaffDeactivated:
                            errors["staffId"] = ["This staff account is deactivated."];
                            break;
                        default:
                            errors["staffId"] = ["There is no staff account with this id."];
                            break;
                    }
                }

                var staff = await list.ActiveStaffAsync(cancellationToken);
                var tokens = await list.HandleAsync(1, cancellationToken);
                if (created is not null)
                {
                    // The secret is in this page only; no cache may keep it.
                    context.Response.Headers.CacheControl = "no-store";
                    return AdminPages.Page<ListTokensPage>(new ListTokensView(tokens, staff, CreateTokenFormView.Empty, created));
                }
                var view = new ListTokensView(tokens, staff, new CreateTokenFormView(form, errors));
                return AdminPages.Page<ListTokensPage>(view, StatusCodes.Status422UnprocessableEntity);
            });
    }
}
