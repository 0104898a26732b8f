using Microsoft.AspNetCore.Http;
using WellPath.Appointments.ChangeStatus;

namespace WellPath.Appointments.Reception.QuickActions;

/// <summary>A row's action button as posted: the action, a cancellation reason, an optional note, and which list the row is on.</summary>
internal sealed record QuickActionForm(StatusActions.Action? Action, string? Reason, string? Note, string View, string? Problem)
{
    public static QuickActionForm Read(IFormCollection form)
    {
        var view = Shared.RowAnswers.ViewOf(form["view"]);
        var action = StatusActions.Find(form["action"].ToString());
        var reason = form["reason"].ToString() is { Length: > 0 } r ? r : null;
        var note = form["note"].ToString().Trim() is { Length: > 0 } n ? n : null;
        var problem = action switch
        {
            null => "Choose one of the actions offered on the row.",
            { Name: "cancel" } when reason is null || !StatusActions.CancelReasons.Contains(reason) => "Choose why the appointment is cancelled.",
            _ when note is { Length: > ChangeStatusEndpoints.MaxNote } => $"A reason is at most {ChangeStatusEndpoints.MaxNote} characters.",
            _ => null,
        };
        return new QuickActionForm(action, action?.Name == "cancel" ? reason : null, note, view, problem);
    }

    /// <summary>What the row says once the action is done.</summary>
    public static string Done(StatusActions.Action action) => action.Name switch
    {
        "check-in" => "Checked in.",
        "no-show" => "Marked as a no-show.",
        "decline" => "Declined.",
        _ => $"{Shared.Labels.Of(action.To)}.",
    };
}
