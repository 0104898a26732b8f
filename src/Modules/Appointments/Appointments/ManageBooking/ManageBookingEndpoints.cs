using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.BookingPages;
using WellPath.Appointments.ChangeStatus;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// The customer's manage link: view the booking, and cancel it after a confirmation step that shows the policy.
/// A link to an appointment that was rescheduled leads to the current one.
/// </summary>
internal sealed class ManageBookingEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/bookings/manage/{token}").AllowAnonymous().ExcludeFromDescription().DoNotStore();
        group.MapGet("", async (string token, ManageBookingHandler handler, CancellationToken cancellationToken) =>
            await handler.FindAsync(token, cancellationToken) switch
            {
                null => CustomerMessage.UnknownBooking(),
                { Moved: true } moved => TypedResults.Redirect(moved.ManageUrl),
                var booking => ModelPages.Page<ManageBookingPage>(new ManageBookingView(booking)),
            });

        group.MapGet("/cancel", async (string token, ManageBookingHandler handler, CancellationToken cancellationToken) =>
            await handler.FindAsync(token, cancellationToken) switch
            {
                null => CustomerMessage.UnknownBooking(),
                { Moved: true } moved => TypedResults.Redirect(moved.CancelUrl),
                { CanCancel: false } booking => TypedResults.Redirect(booking.ManageUrl),
                var booking => ModelPages.Page<CancelBookingPage>(new ManageBookingView(booking, Form: new CancelBookingForm())),
            });

        group.MapPost("/cancel", async (string token, [FromForm] CancelBookingForm form, ManageBookingHandler handler, IValidator<CancelBookingForm> validator,
            CancellationToken cancellationToken) =>
        {
            if (await handler.FindAsync(token, cancellationToken) is not { } booking)
            {
                return CustomerMessage.UnknownBooking();
            }
            if (!booking.CanCancel)
            {
                return NotCancellable(booking);
            }
            var validation = await validator.ValidateAsync(form, cancellationToken);
            if (!validation.IsValid)
            {
                return ModelPages.Page<CancelBookingPage>(new ManageBookingView(booking, Form: form, Errors: validation.ToFieldErrors()), StatusCodes.Status422UnprocessableEntity);
            }
            return await handler.CancelAsync(booking, form.Reason!, BookingForm.Trimmed(form.Note), cancellationToken) switch
            {
                StatusOutcome.Changed => new SeeOther(booking.ManageUrl),
                StatusOutcome.NotAllowed => NotCancellable((await handler.FindAsync(booking.Token, cancellationToken))!),
                _ => CustomerMessage.UnknownBooking(),
            };
        });
    }

    private static IResult NotCancellable(ManagedBooking booking) =>
        ModelPages.Page<ManageBookingPage>(
            new ManageBookingView(booking, booking.Start <= booking.Now
                ? "This appointment has started or is over, so it can no longer be cancelled here. Please call the clinic."
                : $"This booking is {booking.StatusText.ToLowerInvariant()} and can no longer be cancelled."),
            StatusCodes.Status409Conflict);
}
