using System.Security.Claims;
using Carter;
using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.Shared;
using WellPath.Availability.WeeklySchedule;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.EditSchedule;

/// <summary>
/// A practitioner's roster grid and the form that replaces the week, through the API's validator and handler. A change
/// that would leave appointments outside working time is not saved until "Save anyway" confirms the listed ones.
/// Without JavaScript a saved form redirects; with htmx the form swaps itself and the grid follows out of band.
/// </summary>
internal sealed class EditSchedulePageEndpoints : ICarterModule
{
    public const string WeekSaved = "The weekly schedule was saved.";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/schedules/{id:guid}").RequireAuthorization(Policies.ScheduleEditor).ExcludeFromDescription();
        group.MapGet("", async (Guid id, string? saved, ClaimsPrincipal user, ScheduleViewLoader loader, CancellationToken cancellationToken) =>
            await loader.LoadAsync(id, CallerScope.From(user), cancellationToken) is { } view
                ? ModelPages.Page<EditSchedulePage>(WithNotice(view, saved))
                : NotFound());

        group.MapPost("", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user, ScheduleViewLoader loader,
            IValidator<ReplaceWeeklyScheduleRequest> validator, ReplaceWeeklyScheduleHandler handler, ConflictWarnings warnings, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            if (await loader.LoadAsync(id, caller, cancellationToken) is not { } view)
            {
                return NotFound();
            }
            var rows = WeekForm.Read(form);
            var (request, rowOfRule, errors) = WeekForm.ToRequest(rows);
            foreach (var (key, messages) in (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors())
            {
                errors[key] = messages;
            }
            var status = StatusCodes.Status422UnprocessableEntity;
            if (errors.Count == 0)
            {
                switch (await handler.HandleAsync(id, request, caller, SaveMode.AskFirst(form["confirm"]), cancellationToken))
                {
                    case ReplaceOutcome.Replaced when context.Request.IsHtmx():
                        var saved = await loader.LoadAsync(id, caller, cancellationToken);
                        return saved is null ? NotFound() : ModelPages.Page<WeekSavedPartial>(saved with { WeekNotice = WeekSaved });
                    case ReplaceOutcome.Replaced:
                        return Results.Redirect($"/staff/schedules/{id}?saved=week#week-form", preserveMethod: false);
                    case ReplaceOutcome.NeedsConfirmation confirm:
                        var warning = await warnings.BuildAsync(confirm.Outside, l => view.LocationName(l), cancellationToken);
                        return ModelPages.PageOrPartial<EditSchedulePage, WeekFormPartial>(
                            context, view with { FormRows = rows, WeekWarning = warning }, StatusCodes.Status409Conflict);
                    case ReplaceOutcome.Invalid invalid:
                        errors = invalid.Errors;
                        break;
                    case ReplaceOutcome.Forbidden:
                        errors = new() { ["rules"] = [PractitionerAccess.ForbiddenMessage] };
                        status = StatusCodes.Status403Forbidden;
                        break;
                    default:
                        return NotFound();
                }
            }
            var (byRow, week) = WeekForm.Place(errors, rowOfRule);
            return ModelPages.PageOrPartial<EditSchedulePage, WeekFormPartial>(context, view with { FormRows = rows, RowErrors = byRow, WeekErrors = week }, status);
        });
    }

    public static IResult NotFound() =>
        ModelPages.Page<ScheduleMessagePage>(new PageMessage("Not found", "This practitioner was not found among the practitioners at your locations."), StatusCodes.Status404NotFound);

    private static ScheduleView WithNotice(ScheduleView view, string? saved) => saved switch
    {
        "week" => view with { WeekNotice = WeekSaved },
        "exception" => view with { ExceptionNotice = Exceptions.ExceptionPageEndpoints.Added },
        "removed" => view with { ExceptionNotice = Exceptions.ExceptionPageEndpoints.Removed },
        _ => view,
    };
}
