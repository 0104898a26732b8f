using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Reception.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.StaffNotes;

internal sealed class AddStaffNoteEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception/appointments").RequireAuthorization(Policies.Staff).ExcludeFromDescription()
            .MapPost("/{id:guid}/notes", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user,
                AddStaffNoteHandler handler, RowAnswers answers, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                var view = RowAnswers.ViewOf(form["view"]);
                var text = form["text"].ToString();
                if (AddStaffNoteHandler.Problem(text) is { } problem)
                {
                    return await answers.AnswerAsync(context, id, view, caller, new RowMessage(NoteDraft: text, NoteError: problem), StatusCodes.Status422UnprocessableEntity, cancellationToken);
                }
                var author = user.Identity?.Name is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "Staff";
                return await handler.HandleAsync(id, text, caller, author, cancellationToken)
                    ? await answers.AnswerAsync(context, id, view, caller, new RowMessage(Notice: "Note added."), StatusCodes.Status200OK, cancellationToken)
                    : PageMessage.NotFound();
            });
    }
}
