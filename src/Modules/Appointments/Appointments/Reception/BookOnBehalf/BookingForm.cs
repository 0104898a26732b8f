using Microsoft.AspNetCore.Http;
using WellPath.Access.Contracts;
using WellPath.Appointments.BookAppointment;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>
/// The booking form as typed, kept whole through a search, a refusal or a time that was just taken. The slot fields come
/// from the time chosen on the first step; <see cref="CustomerId"/> is an existing customer picked from a search, or
/// empty for a new customer typed into <see cref="Name"/>, <see cref="Email"/> and <see cref="Phone"/>.
/// </summary>
internal sealed record BookingForm(
    string LocationId, string ServiceId, string PractitionerId, string Start, string Query, string CustomerId,
    string Name, string Email, string Phone, string Source, string Notes, string BookingKey)
{
    /// <summary>How a booking reached the desk; the contract's other sources (web, api) are not the desk's.</summary>
    public static readonly string[] Sources = ["phone", "walk_in", "email"];

    public static BookingForm ForSlot(string? locationId, string? serviceId, string? practitionerId, string? start) =>
        new(locationId ?? "", serviceId ?? "", practitionerId ?? "", start ?? "", "", "", "", "", "", "phone", "", Guid.NewGuid().ToString());

    public static BookingForm Read(IFormCollection form) => new(
        form["locationId"].ToString(), form["serviceId"].ToString(), form["practitionerId"].ToString(), form["start"].ToString(),
        form["q"].ToString(), form["customerId"].ToString(), form["name"].ToString(), form["email"].ToString(), form["phone"].ToString(),
        form["source"].ToString(), form["notes"].ToString(), form["bookingKey"].ToString());

    public Guid? ExistingCustomer => Guid.TryParse(CustomerId, out var id) ? id : null;

    /// <summary>The API's booking request, so the API's validator and handler judge a desk booking exactly like any other.</summary>
    public BookAppointmentRequest Request(BookingSlot slot, CustomerDetails? existing) => new(
        slot.Service.ServiceId,
        slot.Location.Id,
        Start,
        slot.PractitionerId,
        existing is null ? new CustomerRequest(Blank(Name), Blank(Email), Blank(Phone)) : new CustomerRequest(existing.Name, existing.Email, existing.Phone),
        Source,
        Blank(Notes));

    /// <summary>The retry key of this form: sending it twice (a double click, a reload) books once.</summary>
    public string? IdempotencyKey => Guid.TryParse(BookingKey, out var key) ? $"reception:{key}" : null;

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
