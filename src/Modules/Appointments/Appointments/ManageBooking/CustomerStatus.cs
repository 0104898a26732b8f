namespace WellPath.Appointments.ManageBooking;

/// <summary>An appointment's status as the customer reads it.</summary>
internal static class CustomerStatus
{
    public static string Text(string status, bool lateCancellation) => status switch
    {
        "requested" => "Waiting for the clinic to confirm",
        "confirmed" => "Confirmed",
        "checked_in" => "Checked in",
        "completed" => "Completed",
        "cancelled" => lateCancellation ? "Cancelled (late cancellation)" : "Cancelled",
        "no_show" => "Missed",
        "rescheduled" => "Moved to another time",
        _ => status,
    };
}
