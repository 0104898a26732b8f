using WellPath.Appointments.Shared;

namespace WellPath.Appointments.BookAppointment;

internal sealed record BookAppointmentRequest(
    Guid? ServiceId, Guid? LocationId, string? Start, Guid? PractitionerId, CustomerRequest? Customer, string? Source, string? Notes,
    OverrideRequest? Override = null);

internal sealed record CustomerRequest(string? Name, string? Email, string? Phone);
