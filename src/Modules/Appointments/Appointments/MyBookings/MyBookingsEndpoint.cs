using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.BookingPages;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.MyBookings;

/// <summary>Customers only: staff have their own screens, and a page of "my bookings" means nothing to them (403).</summary>
internal sealed class MyBookingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/my/bookings").ExcludeFromDescription().DoNotStore()
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Customer))
            .MapGet("", async (ClaimsPrincipal user, MyBookingsHandler handler, CancellationToken cancellationToken) =>
                ModelPages.Page<MyBookingsPage>(await handler.HandleAsync(CallerScope.From(user), cancellationToken)));
    }
}
