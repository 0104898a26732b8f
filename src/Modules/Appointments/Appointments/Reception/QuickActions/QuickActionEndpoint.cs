using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Reception.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.QuickActions;

/// <summary>
/// A row's lifecycle button (check in, complete, no-show, cancel with a reason, confirm, decline) through the same
/// handler as the API, so a screen and the API can never disagree on what is allowed.
/// </summary>
internal sealed class QuickActionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception/appointments").RequireAuthorization(Policies.Staff).ExcludeFromDescription()
            .MapPost("/{id:guid}/status", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user,
                ChangeStatusHandler handler, RowAnswers answers, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                var input = QuickActionForm.Read(form);
                if (input.Problem is not null || input.Action is not { } action)
                {
                    return await answers.AnswerAsync(context, id, input.View, caller, new RowMessage(Problem: input.Problem), StatusCodes.Status422UnprocessableEntity, cancellationToken);
                }
                var (message, status) = await handler.HandleAsync(id, action, input.Reason, input.Note, caller, cancellationToken) switch
                {
                    StatusOutcome.Changed => (new RowMessage(Notice: QuickActionForm.Done(action)), StatusCodes.Status200OK),
                    StatusOutcome.NotAllowed refused => (new RowMessage(Problem: Refusal(action, refused)), StatusCodes.Status409Conflict),
                    StatusOutcome.Forbidden => (new RowMessage(Problem: $"Your role may not {Labels.Of(action.Name).ToLowerInvariant()} appointments."), StatusCodes.Status403Forbidden),
                    _ => (RowMessage.None, StatusCodes.Status404NotFound),
                };
                return status == StatusCodes.Status404NotFound
                    ? PageMessage.NotFound()
                    : await answers.AnswerAsync(context, id, input.View, caller, message, status, cancellationToken);
            });
    }

    /// <summary>The 409 in words: where the appointment stands now (someone may have been quicker) and what is still possible.</summary>
    private static string Refusal(StatusActions.Action action, StatusOutcome.NotAllowed refused)
    {
        var now = $"This appointment is {Labels.Of(refused.Status).ToLowerInvariant()} now, so it cannot be {QuickActionForm.Done(action).TrimEnd('.').ToLowerInvariant()}.";
        return refused.Allowed.Length == 0
            ? $"{now} Nothing more can be done to it."
            : $"{now} What can still be done: {string.Join(", ", refused.Allowed.Select(a => Labels.Of(a).ToLowerInvariant()))}.";
    }
}
