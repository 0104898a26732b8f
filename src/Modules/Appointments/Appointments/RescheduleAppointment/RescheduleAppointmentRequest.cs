using WellPath.Appointments.Shared;

namespace WellPath.Appointments.RescheduleAppointment;

/// <summary>The new start (an instant with its offset); without <see cref="PractitionerId"/> the practitioner stays the same.</summary>
internal sealed record RescheduleAppointmentRequest(string? Start, Guid? PractitionerId, OverrideRequest? Override = null);
