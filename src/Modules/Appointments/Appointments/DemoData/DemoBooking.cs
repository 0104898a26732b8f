namespace WellPath.Appointments.DemoData;

/// <summary>
/// One planned demo appointment. <see cref="Status"/> is where it ends up (requested, confirmed, checked in or completed);
/// <see cref="Customer"/> indexes <see cref="DemoCustomers.All"/>, 0 being the demo customer login.
/// </summary>
internal sealed record DemoBooking(
    DemoOffer Offer, string TimeZoneId, Guid? RoomId, DateTimeOffset Start, DateTimeOffset End, string Status, int Customer, string Source, string? Notes)
{
    public DateTimeOffset BlockedStart => Start.AddMinutes(-Offer.BufferBefore);

    public DateTimeOffset BlockedEnd => End.AddMinutes(Offer.BufferAfter);
}
