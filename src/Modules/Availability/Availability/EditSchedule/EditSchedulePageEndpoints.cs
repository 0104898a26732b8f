using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.Shared;
using WellPath.Availability.WeeklySchedule;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.EditSchedule;

/// <summary>A practitioner's roster grid and the form that replaces the whole week, through the API's validator and handler.</summary>
internal sealed class EditSchedulePageEndpoints : ICarterModule
{
    public const string ForbiddenMessage = "You may change schedules only at your own locations.";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/schedules/{id:guid}").RequireAuthorization(Policies.ScheduleEditor).ExcludeFromDescription();
        group.MapGet("", async (Guid id, string? saved, ClaimsPrincipal user, ScheduleViewLoader loader, CancellationToken cancellationToken) =>
            await loader.LoadAsync(id, CallerScope.From(user), cancellationToken) is { } view
                ? ModelPages.Page<EditSchedulePage>(view with { Notice = Notice(saved) })
                : NotFound());

        group.MapPost("", async (Guid id, IFormCollection form, ClaimsPrincipal user, ScheduleViewLoader loader,
            IValidator<ReplaceWeeklyScheduleRequest> validator, ReplaceWeeklyScheduleHandler handler, CancellationToken cancellationToken) =>
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
                switch (await handler.HandleAsync(id, request, caller, cancellationToken))
                {
                    case ReplaceOutcome.Replaced:
                        return Results.Redirect($"/staff/schedules/{id}?saved=week", preserveMethod: false);
                    case ReplaceOutcome.Invalid invalid:
                        errors = invalid.Errors;
                        break;
                    case ReplaceOutcome.Forbidden:
                        errors = new() { ["rules"] = [ForbiddenMessage] };
                        status = StatusCodes.Status403Forbidden;
                        break;
                    default:
                        return NotFound();
                }
            }
            var (byRow, week) = WeekForm.Place(errors, rowOfRule);
            var shown = view with { FormRows = rows, RowErrors = byRow, WeekErrors = week };
            return ModelPages.Page<EditSchedulePage>(shown, status);
        });
    }

    public static IResult NotFound() =>
        ModelPages.Page<ScheduleMessagePage>(new PageMessage("Not found", "This practitioner was not found among the practitioners at your locations."), StatusCodes.Status404NotFound);

    private static string? Notice(string? saved) => saved switch
    {
        "week" => "The weekly schedule was saved.",
        "exception" => "The exception was added.",
        "removed" => "The exception was removed.",
        _ => null,
    };
}
