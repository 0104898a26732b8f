using Microsoft.AspNetCore.Http;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.BookingPages;

/// <summary>A page that only explains (a broken link, a booking that does not exist) and points somewhere useful.</summary>
internal sealed record CustomerMessage(string Title, string Message, string BackUrl, string BackText)
{
    public static IResult BadLink(string message) =>
        ModelPages.Page<CustomerMessagePage>(new CustomerMessage("Check the link", message, "/clinics", "Choose a clinic and service"), StatusCodes.Status400BadRequest);

    public static IResult NotOffered() =>
        ModelPages.Page<CustomerMessagePage>(
            new CustomerMessage("Not found", "This service is not offered at this clinic (any more).", "/clinics", "See our clinics and services"),
            StatusCodes.Status404NotFound);

    public static IResult UnknownBooking() =>
        ModelPages.Page<CustomerMessagePage>(
            new CustomerMessage(
                "Booking not found",
                "This booking link is not valid, or its appointment ended more than 30 days ago. Check that you copied all of it; signed in, you find every booking under My bookings.",
                "/clinics", "See our clinics"),
            StatusCodes.Status404NotFound);
}
