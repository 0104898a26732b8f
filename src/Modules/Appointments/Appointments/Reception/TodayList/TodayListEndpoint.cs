using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Reception.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.TodayList;

/// <summary>The day's list at a location (the desk), or "my day" (a practitioner): the page, or on htmx the list alone.</summary>
internal sealed class TodayListEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception").RequireAuthorization(Policies.Staff).ExcludeFromDescription()
            .MapGet("", async (string? locationId, string? date, HttpContext context, ClaimsPrincipal user, TodayListHandler handler, CancellationToken cancellationToken) =>
            {
                if (!QueryValues.TryOptionalId(locationId, out var location))
                {
                    return PageMessage.NotFound("This location");
                }
                if (!QueryValues.TryOptionalDate(date, out var day))
                {
                    return QueryValues.BadDate("/reception", "Back to today's list");
                }
                var view = await handler.HandleAsync(location, day, CallerScope.From(user), cancellationToken);
                return view is null ? PageMessage.NotFound("This location") : ModelPages.PageOrPartial<TodayListPage, TodayListPartial>(context, view);
            });
    }
}
