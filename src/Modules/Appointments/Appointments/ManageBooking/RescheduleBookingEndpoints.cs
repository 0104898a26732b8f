using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.BookingPages;
using WellPath.Appointments.RescheduleAppointment;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// "Change time" on the manage link: the free days and times (htmx swaps the picker; the links work without it), a
/// confirmation step with the old and the new time and the policy, and a post that moves the booking as its customer and
/// answers 303 to the new appointment's own manage link. A time taken meanwhile shows the nearest free ones.
/// </summary>
internal sealed class RescheduleBookingEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/bookings/manage/{token}/reschedule").AllowAnonymous().ExcludeFromDescription().DoNotStore();
        group.MapGet("", async (string token, string? who, string? date, HttpContext context, ManageBookingHandler bookings, RescheduleBookingHandler handler,
            CancellationToken cancellationToken) =>
        {
            var (booking, refusal) = await OpenAsync(token, bookings, cancellationToken);
            if (booking is null)
            {
                return refusal!;
            }
            if (RescheduleChoice.TryRead(who, date, null) is not { } choice)
            {
                return CustomerMessage.BadLink(RescheduleChoice.Broken);
            }
            return await handler.PickerAsync(booking, choice, cancellationToken) is { } view
                ? ModelPages.PageOrPartial<RescheduleBookingPage, _ReschedulePicker>(context, view)
                : NotMovable(booking, ManagedBooking.ClinicOnly);
        });

        group.MapGet("/confirm", async (string token, string? who, string? start, ManageBookingHandler bookings, RescheduleBookingHandler handler,
            CancellationToken cancellationToken) =>
        {
            var (booking, refusal) = await OpenAsync(token, bookings, cancellationToken);
            if (booking is null)
            {
                return refusal!;
            }
            if (RescheduleChoice.TryRead(who, null, start ?? "") is not { Start: { } at } choice)
            {
                return CustomerMessage.BadLink(RescheduleChoice.Broken);
            }
            var notice = booking.IsAt(at) ? RescheduleBookingHandler.CurrentTimeNotice : null;
            return Confirmation(await handler.ConfirmAsync(booking, choice, at, notice, cancellationToken), booking, StatusCodes.Status200OK);
        });

        group.MapPost("", async (string token, [FromForm] RescheduleBookingForm form, ManageBookingHandler bookings, RescheduleBookingHandler handler,
            IDataProtectionProvider protection, CancellationToken cancellationToken) =>
        {
            if (await bookings.FindAsync(token, cancellationToken) is not { } booking)
            {
                return CustomerMessage.UnknownBooking();
            }
            if (booking.Moved)
            {
                // Moved already (a second click, an older tab): the booking as it is now.
                return new SeeOther(booking.ManageUrl);
            }
            if (!booking.CanReschedule)
            {
                return NotMovable(booking, booking.WhyNotMovable!);
            }
            if (RescheduleChoice.TryRead(form.Who, null, form.Start ?? "") is not { Start: { } at } choice)
            {
                return CustomerMessage.BadLink(RescheduleChoice.Broken);
            }
            if (booking.IsAt(at))
            {
                return Confirmation(
                    await handler.ConfirmAsync(booking, choice, at, RescheduleBookingHandler.CurrentTimeNotice, cancellationToken), booking, StatusCodes.Status422UnprocessableEntity);
            }
            return await handler.MoveAsync(booking, choice, at, cancellationToken) switch
            {
                RescheduleOutcome.Rescheduled moved => new SeeOther(ManageLinks.ManagePath(ManageLinks.TokenFor(protection, moved.Appointment.Id))),
                RescheduleOutcome.Taken => Confirmation(
                    await handler.ConfirmAsync(booking, choice, at, RescheduleBookingHandler.JustTakenNotice, cancellationToken), booking, StatusCodes.Status409Conflict),
                RescheduleOutcome.NotAllowed when await bookings.FindAsync(token, cancellationToken) is { } now =>
                    NotMovable(now, now.WhyNotMovable ?? "This booking changed meanwhile. Look at it again before changing its time."),
                _ => CustomerMessage.UnknownBooking(),
            };
        })
        .RequireRateLimiting(AppointmentsModule.BookingLimit);
    }

    /// <summary>The booking when its customer may move it; otherwise the answer instead: 404, the current booking's page, or why not.</summary>
    private static async Task<(ManagedBooking? Booking, IResult? Refusal)> OpenAsync(string token, ManageBookingHandler bookings, CancellationToken cancellationToken) =>
        await bookings.FindAsync(token, cancellationToken) switch
        {
            null => (null, CustomerMessage.UnknownBooking()),
            { Moved: true } moved => (null, TypedResults.Redirect(moved.RescheduleUrl)),
            { CanReschedule: false } fixedBooking => (null, NotMovable(fixedBooking, fixedBooking.WhyNotMovable!)),
            var booking => (booking, null),
        };

    private static IResult Confirmation(RescheduleConfirmView? view, ManagedBooking booking, int status) =>
        view is null ? NotMovable(booking, ManagedBooking.ClinicOnly) : ModelPages.Page<RescheduleConfirmPage>(view, status);

    private static IResult NotMovable(ManagedBooking booking, string message) =>
        ModelPages.Page<ManageBookingPage>(new ManageBookingView(booking, message), StatusCodes.Status409Conflict);
}
