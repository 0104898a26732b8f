namespace WellPath.Appointments.Shared;

/// <summary>An appointment as stored; <see cref="ToResponse"/> is the contract's shape.</summary>
internal sealed class AppointmentRow
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string Status { get; init; } = "";
    public Guid ServiceId { get; init; }
    public Guid LocationId { get; init; }
    public string TimeZone { get; init; } = "";
    public Guid PractitionerId { get; init; }
    public Guid? RoomId { get; init; }
    public Guid CustomerId { get; init; }
    public DateTime StartAt { get; init; }
    public DateTime EndAt { get; init; }
    public string Source { get; init; } = "";
    public string PaymentStatus { get; init; } = "";
    public Guid? RescheduledFromId { get; init; }
    public Guid? RescheduledToId { get; init; }
    public int Version { get; init; }
    public string? CancelReason { get; init; }
    public bool LateCancellation { get; init; }
    public int CancellationWindowHours { get; init; }
    public string? Notes { get; init; }
    public string? OverrideReason { get; init; }
    public DateTime CreatedAt { get; init; }

    public DateTimeOffset Start => new(StartAt, TimeSpan.Zero);
    public DateTimeOffset End => new(EndAt, TimeSpan.Zero);

    public AppointmentResponse ToResponse() => new(
        Id, Reference, Status, ServiceId, LocationId, PractitionerId, RoomId,
        AppointmentResponse.Format(Start, TimeZone),
        AppointmentResponse.Format(End, TimeZone),
        CustomerId, Source, PaymentStatus, RescheduledFromId, RescheduledToId,
        CancelReason, Status == "cancelled" ? LateCancellation : null);
}
