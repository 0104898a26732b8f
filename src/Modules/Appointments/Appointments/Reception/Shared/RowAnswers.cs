using Htmx;
using Microsoft.AspNetCore.Http;
using Npgsql;
using WellPath.Appointments.Reception.PendingRequests;
using WellPath.Appointments.Reception.TodayList;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>
/// How a row answers after an action or a note: htmx swaps in the row as it is now, with the message on it (409 and
/// 422 swap too); without JavaScript a success goes back to the list and a refusal is a page of its own.
/// </summary>
internal sealed class RowAnswers(NpgsqlDataSource dataSource, AppointmentLines lines)
{
    public const string TodayView = "today";
    public const string RequestsView = "requests";

    public static string ViewOf(string? value) => value == RequestsView ? RequestsView : TodayView;

    public async Task<IResult> AnswerAsync(HttpContext context, Guid id, string view, CallerScope caller, RowMessage message, int status, CancellationToken cancellationToken)
    {
        AppointmentRow? row;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            row = await ScopedAppointments.FindAsync(connection, id, caller, null, cancellationToken);
        }
        if (row is null)
        {
            return PageMessage.NotFound();
        }
        var state = new LineState((await lines.BuildAsync([row], caller, cancellationToken))[0], message);
        var back = view == RequestsView ? "/reception/requests" : state.Line.ListLink;
        if (context.Request.IsHtmx())
        {
            return view == RequestsView ? ModelPages.Page<RequestRowPartial>(state, status) : ModelPages.Page<TodayRowPartial>(state, status);
        }
        return status < StatusCodes.Status300MultipleChoices
            ? TypedResults.Redirect(back)
            : PageMessage.Show("Not done", message.Problem ?? message.NoteError ?? "", status, back, "Back to the list");
    }
}
