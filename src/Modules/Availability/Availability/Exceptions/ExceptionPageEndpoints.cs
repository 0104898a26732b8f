using System.Security.Claims;
using Carter;
using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.EditSchedule;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.Exceptions;

/// <summary>
/// The schedule page's exception forms, through the API's validator and handlers. Adding an exception, or removing
/// extra hours, that would leave appointments outside working time waits for "Save anyway". With htmx the exceptions
/// panel swaps itself; without JavaScript a change redirects back to the page.
/// </summary>
internal sealed class ExceptionPageEndpoints : ICarterModule
{
    public const string Added = "The exception was added.";
    public const string Removed = "The exception was removed.";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/schedules/{id:guid}/exceptions").RequireAuthorization(Policies.ScheduleEditor).ExcludeFromDescription();
        group.MapPost("", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user, ScheduleViewLoader loader,
            IValidator<AddExceptionRequest> validator, AddExceptionHandler handler, ConflictWarnings warnings, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            if (await loader.LoadAsync(id, caller, cancellationToken) is not { } view)
            {
                return EditSchedulePageEndpoints.NotFound();
            }
            var values = new ExceptionFormValues(form["kind"].ToString(), form["reason"].ToString(), form["locationId"].ToString(), form["start"].ToString(), form["end"].ToString());
            var request = new AddExceptionRequest(values.Kind, values.Reason, Guid.TryParse(values.LocationId, out var location) ? location : null, values.Start, values.End);
            var errors = (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors();
            var status = StatusCodes.Status422UnprocessableEntity;
            if (errors.Count == 0)
            {
                switch (await handler.HandleAsync(id, request, caller, SaveMode.AskFirst(form["confirm"]), cancellationToken))
                {
                    case ExceptionOutcome.Added:
                        return await ChangedAsync(context, id, caller, loader, "exception", Added, cancellationToken);
                    case ExceptionOutcome.NeedsConfirmation confirm:
                        var warning = await warnings.BuildAsync(confirm.Outside, l => view.LocationName(l), cancellationToken);
                        return Panel(context, view with { ExceptionForm = values, ExceptionWarning = warning }, StatusCodes.Status409Conflict);
                    case ExceptionOutcome.Invalid invalid:
                        errors[invalid.Field] = [invalid.Message];
                        break;
                    case ExceptionOutcome.Forbidden:
                        errors["locationId"] = [PractitionerAccess.ForbiddenMessage];
                        status = StatusCodes.Status403Forbidden;
                        break;
                    default:
                        return EditSchedulePageEndpoints.NotFound();
                }
            }
            return Panel(context, view with { ExceptionForm = values, ExceptionErrors = errors }, status);
        });

        group.MapPost("/{exceptionId:guid}/remove", async (Guid id, Guid exceptionId, IFormCollection form, HttpContext context, ClaimsPrincipal user,
            ScheduleViewLoader loader, RemoveExceptionHandler handler, ConflictWarnings warnings, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            switch (await handler.HandleAsync(id, exceptionId, caller, SaveMode.AskFirst(form["confirm"]), cancellationToken))
            {
                case ExceptionOutcome.Removed:
                    return await ChangedAsync(context, id, caller, loader, "removed", Removed, cancellationToken);
                case ExceptionOutcome.NeedsConfirmation confirm:
                    if (await loader.LoadAsync(id, caller, cancellationToken) is not { } view)
                    {
                        return EditSchedulePageEndpoints.NotFound();
                    }
                    var warning = await warnings.BuildAsync(confirm.Outside, l => view.LocationName(l), cancellationToken);
                    return Panel(context, view with { RemovalWarning = new ExceptionRemovalWarning(exceptionId, warning) }, StatusCodes.Status409Conflict);
                case ExceptionOutcome.Forbidden:
                    return ModelPages.Page<ScheduleMessagePage>(new PageMessage("Not allowed", PractitionerAccess.ForbiddenMessage), StatusCodes.Status403Forbidden);
                default:
                    return EditSchedulePageEndpoints.NotFound();
            }
        });
    }

    private static IResult Panel(HttpContext context, ScheduleView view, int status) =>
        ModelPages.PageOrPartial<EditSchedulePage, ExceptionsPartial>(context, view, status);

    /// <summary>After a change: the fresh panel with its notice for htmx, a redirect back to the page otherwise.</summary>
    private static async Task<IResult> ChangedAsync(
        HttpContext context, Guid id, CallerScope caller, ScheduleViewLoader loader, string saved, string notice, CancellationToken cancellationToken)
    {
        if (!context.Request.IsHtmx())
        {
            return Results.Redirect($"/staff/schedules/{id}?saved={saved}#exceptions");
        }
        return await loader.LoadAsync(id, caller, cancellationToken) is { } view
            ? Panel(context, view with { ExceptionNotice = notice }, StatusCodes.Status200OK)
            : EditSchedulePageEndpoints.NotFound();
    }
}
