using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Contracts;
using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.ManageBooking;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;
using static WellPath.Appointments.BookingPages.BookingDetailsHandler;

namespace WellPath.Appointments.BookingPages;

/// <summary>
/// The last step of the customer's booking: the summary of the chosen time and the details form. A post books through
/// the one booking path and answers 303 to the confirmation; a time taken meanwhile shows the nearest free ones.
/// </summary>
internal sealed class BookingDetailsEndpoints : ICarterModule
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/book/details").AllowAnonymous().ExcludeFromDescription().DoNotStore();
        group.MapGet("", async (string? serviceId, string? locationId, string? start, string? practitionerId,
            ClaimsPrincipal user, BookingDetailsHandler handler, ICustomerDirectory customers, CancellationToken cancellationToken) =>
        {
            if (BookingLink.TryRead(serviceId, locationId, start, practitionerId) is not { } link)
            {
                return CustomerMessage.BadLink(BookingLink.Broken);
            }
            var values = await SignedInCustomerAsync(user, customers, cancellationToken) ?? new BookingForm();
            return Page(await handler.ViewAsync(link, values, NoErrors, Freedom.Check, cancellationToken), StatusCodes.Status200OK);
        });

        group.MapPost("", async ([FromForm] BookingForm form, ClaimsPrincipal user, BookingDetailsHandler handler, IValidator<BookingForm> validator,
            IDataProtectionProvider protection, CancellationToken cancellationToken) =>
        {
            if (BookingLink.TryRead(form.ServiceId, form.LocationId, form.Start, form.PractitionerId) is not { } link
                || !Guid.TryParse(form.BookingKey, out var bookingKey))
            {
                return CustomerMessage.BadLink(BookingLink.Broken);
            }
            form.Notes = form.Notes?.Replace("\r\n", "\n", StringComparison.Ordinal);
            if (form.Choose is not null)
            {
                return BookAppointmentValidator.TryStart(form.Choose, out var chosen)
                    ? Page(await handler.ViewAsync(link with { Start = chosen }, form, NoErrors, Freedom.Check, cancellationToken), StatusCodes.Status200OK)
                    : CustomerMessage.BadLink(BookingLink.Broken);
            }

            var validation = await validator.ValidateAsync(form, cancellationToken);
            if (!validation.IsValid)
            {
                return Page(await handler.ViewAsync(link, form, validation.ToFieldErrors(), Freedom.Unchecked, cancellationToken), StatusCodes.Status422UnprocessableEntity);
            }

            // Scoped to the caller like the API's keys; the key is new on every render of the form, so only a double submit repeats it.
            var caller = CallerScope.From(user);
            var key = new IdempotencyKey(caller.ActorId ?? "anonymous", $"booking-page:{bookingKey}");
            return await handler.BookAsync(link, form, caller, key, cancellationToken) switch
            {
                BookOutcome.Booked booked => new SeeOther(ManageLinks.ConfirmedPath(ManageLinks.TokenFor(protection, booked.Appointment.Id))),
                BookOutcome.Taken => Page(await handler.ViewAsync(link, form, NoErrors, Freedom.JustTaken, cancellationToken), StatusCodes.Status409Conflict),
                _ => CustomerMessage.NotOffered(),
            };
        })
        .RequireRateLimiting(AppointmentsModule.BookingLimit);
    }

    private static IResult Page(BookingDetailsView? view, int status) =>
        view is null ? CustomerMessage.NotOffered() : ModelPages.Page<BookingDetailsPage>(view, status);

    /// <summary>A signed-in customer's own details, so that the booking joins their other bookings.</summary>
    private static async Task<BookingForm?> SignedInCustomerAsync(ClaimsPrincipal user, ICustomerDirectory customers, CancellationToken cancellationToken)
    {
        var caller = CallerScope.From(user);
        if (caller.Role != Roles.Customer || caller.CustomerId is not { } customerId
            || await customers.FindAsync(customerId, cancellationToken) is not { } details)
        {
            return null;
        }
        return new BookingForm { Name = details.Name, Email = details.Email, Phone = details.Phone };
    }
}
