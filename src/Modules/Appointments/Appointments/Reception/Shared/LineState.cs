namespace WellPath.Appointments.Reception.Shared;

/// <summary>What to say on a row after something was done to it (or refused), and a refused note as it was typed.</summary>
internal sealed record RowMessage(string? Notice = null, string? Problem = null, string? NoteDraft = null, string? NoteError = null)
{
    public static readonly RowMessage None = new();
}

internal sealed record LineState(AppointmentLine Line, RowMessage Message);
