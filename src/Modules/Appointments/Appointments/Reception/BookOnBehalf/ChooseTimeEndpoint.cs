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
                if (!QueryValues.TryOptionalId(locationId, out var location) || !QueryValues.TryOptionalId(serviceId, out var service)
                    || !QueryValues.TryOptionalId(practitionerId, out var practitioner))
                {
                    return PageMessage.Show("Check the link", "This link names a location, service or practitioner that is not valid. Choose them again.",
                        StatusCodes.Status400BadRequest, "/reception/book", "Start again");
                }
                if (!QueryValues.TryOptionalDate(date, out var day))
                {
                    return QueryValues.BadDate("/reception/book", "Start again");
                }
                var view = await handler.HandleAsync(location, service, practitioner, day, CallerScope.From(user), cancellationToken);
                return view is null
                    ? PageMessage.NotFound("This location")
                    : ModelPages.PageOrPartial<ChooseTimePage, ChooseTimePartial>(context, view);
            });
    }
}
