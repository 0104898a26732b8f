using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.GetStaff;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.UpdateStaff;

internal sealed class UpdateStaffPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/staff").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapPost("/{id:guid}", async (
                Guid id,
                [FromForm] UpdateStaffForm form,
                IValidator<UpdateStaffRequest> validator,
                UpdateStaffHandler handler,
                GetStaffHandler getStaff,
                CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                var request = form.ToRequest(errors);
                var validation = await validator.ValidateAsync(request, cancellationToken);
                foreach (var (field, messages) in validation.ToFieldErrors())
                {
                    errors.TryAdd(field, messages);
                }

                string? problem = null;
                if (errors.Count == 0)
                {
                    switch (await handler.HandleAsync(id, request, cancellationToken))
                    {
                        case StaffChange.Done:
                            return (IResult)TypedResults.LocalRedirect($"/admin/staff/{id}?saved=true");
                        case StaffChange.Invalid invalid:
                            errors[invalid.Field] = [invalid.Message];
                            break;
                        case StaffChange.Refused refused:
                            problem = refused.Reason;
                            break;
                    }
                }

                if (await getStaff.HandleAsync(id, cancellationToken) is not { } staff)
                {
                    return AdminPages.NotFound("The staff member");
                }
                var view = GetStaffView.For(staff) with { Form = new UpdateStaffFormView(id, form, errors, problem) };
                return AdminPages.Page<GetStaffPage>(view, problem is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict);
            });
    }
}
