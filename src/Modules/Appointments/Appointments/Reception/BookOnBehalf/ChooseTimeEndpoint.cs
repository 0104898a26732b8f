using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Reception.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.BookOnBehalf;

internal sealed class ChooseTimeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception/book").RequireAuthorization(ReceptionSetup.DeskPolicy).ExcludeFromDescription()
            .MapGet("", async (string? locationId, string? serviceId, string? practitionerId, string? date,
                HttpContext context, ClaimsPrincipal user, ChooseTimeHandler handler, CancellationToken cancellationToken) =>
            {
                if (!OptionalId(locationId, out var location) || !OptionalId(serviceId, out var service) || !OptionalId(practitionerId, out var practitioner))
                {
                    return PageMessage.Show("Check the link", "This link names a location, service or practitioner that is not valid. Choose them again.",
                        StatusCodes.Status400BadRequest, "/reception/book", "Start again");
                }
                DateOnly? day = null;
                if (!string.IsNullOrEmpty(date))
                {
                    if (!LocalClock.TryDate(date, out var parsed))
                    {
                        return PageMessage.Show("Check the date", "The date must be a day written YYYY-MM-DD.", StatusCodes.Status400BadRequest, "/reception/book", "Start again");
                    }
                    day = parsed;
                }
                var view = await handler.HandleAsync(location, service, practitioner, day, CallerScope.From(user), cancellationToken);
                return view is null
                    ? PageMessage.NotFound("This location")
                    : ModelPages.PageOrPartial<ChooseTimePage, ChooseTimePartial>(context, view);
            });
    }

    /// <summary>An empty value is no choice; anything else must be an id.</summary>
    public static bool OptionalId(string? text, out Guid? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (!Guid.TryParse(text, out var parsed))
        {
            return false;
        }
        id = parsed;
        return true;
    }
}
