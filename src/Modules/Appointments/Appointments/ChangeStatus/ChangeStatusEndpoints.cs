using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Appointments.ChangeStatus;

internal sealed class ChangeStatusEndpoints : ICarterModule
{
    public const int MaxNote = 2000;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/appointments/{id:guid}").WithTags("Appointments").RequireAuthorization(Policies.SignedIn);
        foreach (var action in StatusActions.All.Where(a => a.Name != "cancel"))
        {
            group.MapPost($"/{action.Name}", async (Guid id, NoteRequest? request, ClaimsPrincipal user, ChangeStatusHandler handler, CancellationToken cancellationToken) =>
                    request?.Note is { Length: > MaxNote }
                        ? ApiProblems.Invalid("note", $"A note is at most {MaxNote} characters.")
                        : Answer(await handler.HandleAsync(id, action, null, request?.Note, CallerScope.From(user), cancellationToken)))
                .WithName($"Appointment-{action.Name}");
        }
        group.MapPost("/cancel", async (Guid id, CancelRequest request, ClaimsPrincipal user, ChangeStatusHandler handler, CancellationToken cancellationToken) =>
            {
                if (request.Reason is null || !StatusActions.CancelReasons.Contains(request.Reason))
                {
                    return ApiProblems.Invalid("reason", $"Reason must be one of {string.Join(", ", StatusActions.CancelReasons)}.");
                }
                if (request.Note is { Length: > MaxNote })
                {
                    return ApiProblems.Invalid("note", $"A note is at most {MaxNote} characters.");
                }
                return Answer(await handler.HandleAsync(id, StatusActions.Find("cancel")!, request.Reason, request.Note, CallerScope.From(user), cancellationToken));
            })
            .WithName("Appointment-cancel");
    }

    private static IResult Answer(StatusOutcome outcome) => outcome switch
    {
        StatusOutcome.Changed changed => TypedResults.Ok(changed.Appointment),
        StatusOutcome.Forbidden => ApiProblems.Forbidden("Your role may not do this to an appointment."),
        StatusOutcome.NotAllowed notAllowed => AppointmentProblems.NotAllowed(notAllowed.Status, notAllowed.Allowed),
        _ => ApiProblems.NotFound("The appointment"),
    };
}

internal sealed record NoteRequest(string? Note);

internal sealed record CancelRequest(string? Reason, string? Note);
