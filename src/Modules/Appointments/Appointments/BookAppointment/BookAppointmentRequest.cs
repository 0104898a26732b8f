namespace WellPath.Appointments.BookAppointment;

internal sealed record BookAppointmentRequest(
    Guid? ServiceId, Guid? LocationId, string? Start, Guid? PractitionerId, CustomerRequest? Customer, string? Source, string? Notes);

internal sealed record CustomerRequest(string? Name, string? Email, string? Phone);
