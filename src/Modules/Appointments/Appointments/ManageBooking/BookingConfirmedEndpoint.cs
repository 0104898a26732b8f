using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.BookingPages;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.ManageBooking;

/// <summary>Where a booking lands: what was booked, in the clinic's time, and the link to manage it. The manage token opens it.</summary>
internal sealed class BookingConfirmedEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/book/confirmed").AllowAnonymous().ExcludeFromDescription().DoNotStore()
            .MapGet("/{token}", async (string token, ManageBookingHandler handler, CancellationToken cancellationToken) =>
                await handler.FindAsync(token, cancellationToken) is { } booking
                    ? ModelPages.Page<BookingConfirmedPage>(booking)
                    : CustomerMessage.UnknownBooking());
    }
}
