using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.ListStaff;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.CreateStaff;

internal sealed class CreateStaffPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/staff").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapPost("", async (
                [FromForm] CreateStaffForm form,
                IValidator<CreateStaffRequest> validator,
                CreateStaffHandler handler,
                ListStaffHandler list,
                CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                var request = form.ToRequest(errors);
                var validation = await validator.ValidateAsync(request, cancellationToken);
                foreach (var (field, messages) in validation.ToFieldErrors())
                {
                    errors.TryAdd(field, messages);
                }
                if (errors.Count == 0)
                {
                    if (await handler.HandleAsync(request, cancellationToken) is { } staff)
                    {
                        return TypedResults.LocalRedirect($"/admin/staff?created={staff.Id}");
                    }
                    errors["email"] = ["A staff account with this email already exists."];
                }

                var staffList = await list.HandleAsync(ListStaffRequest.None.ToFilter(), cancellationToken);
                var view = new ListStaffView(ListStaffRequest.None, staffList, ListStaffView.NoErrors, new CreateStaffFormView(form, errors));
                return (IResult)AdminPages.Page<ListStaffPage>(view, StatusCodes.Status422UnprocessableEntity);
            });
    }
}
