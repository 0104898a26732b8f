namespace WellPath.Appointments.ManageBooking;

/// <summary>The confirmation step's form: the chosen start and the practitioner choice, as the links carried them.</summary>
internal sealed class RescheduleBookingForm
{
    public string? Start { get; set; }

    public string? Who { get; set; }
}
