using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.EditSchedule;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.Exceptions;

/// <summary>The schedule page's exception forms, through the API's validator and handlers.</summary>
internal sealed class ExceptionPageEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/schedules/{id:guid}/exceptions").RequireAuthorization(Policies.ScheduleEditor).ExcludeFromDescription();
        group.MapPost("", async (Guid id, IFormCollection form, ClaimsPrincipal user, ScheduleViewLoader loader,
            IValidator<AddExceptionRequest> validator, AddExceptionHandler handler, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            if (await loader.LoadAsync(id, caller, cancellationToken) is not { } view)
            {
                return EditSchedulePageEndpoints.NotFound();
            }
            var values = new ExceptionFormValues(form["kind"].ToString(), form["reason"].ToString(), form["locationId"].ToString(), form["start"].ToString(), form["end"].ToString());
            var request = new AddExceptionRequest(values.Kind, values.Reason, Guid.TryParse(values.LocationId, out var location) ? location : null, values.Start, values.End);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            var errors = validation.ToFieldErrors();
            var status = StatusCodes.Status422UnprocessableEntity;
            if (errors.Count == 0)
            {
                switch (await handler.HandleAsync(id, request, caller, cancellationToken))
                {
                    case ExceptionOutcome.Added:
                        return Results.Redirect($"/staff/schedules/{id}?saved=exception#exceptions");
                    case ExceptionOutcome.Invalid invalid:
                        errors[invalid.Field] = [invalid.Message];
                        break;
                    case ExceptionOutcome.Forbidden:
                        errors["locationId"] = [EditSchedulePageEndpoints.ForbiddenMessage];
                        status = StatusCodes.Status403Forbidden;
                        break;
                    default:
                        return EditSchedulePageEndpoints.NotFound();
                }
            }
            return ModelPages.Page<EditSchedulePage>(view with { ExceptionForm = values, ExceptionErrors = errors }, status);
        });

        // The form parameter is unused: binding a form is what makes ASP.NET Core check the antiforgery field.
        group.MapPost("/{exceptionId:guid}/remove", async (Guid id, Guid exceptionId, IFormCollection form, ClaimsPrincipal user,
            RemoveExceptionHandler handler, CancellationToken cancellationToken) =>
            await handler.HandleAsync(id, exceptionId, CallerScope.From(user), cancellationToken) switch
            {
                ExceptionOutcome.Removed => Results.Redirect($"/staff/schedules/{id}?saved=removed#exceptions"),
                ExceptionOutcome.Forbidden => ModelPages.Page<Shared.ScheduleMessagePage>(
                    new Shared.PageMessage("Not allowed", EditSchedulePageEndpoints.ForbiddenMessage), StatusCodes.Status403Forbidden),
                _ => EditSchedulePageEndpoints.NotFound(),
            });
    }
}
