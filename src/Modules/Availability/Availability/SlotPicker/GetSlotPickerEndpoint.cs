using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using WellPath.Availability.Engine;
using WellPath.Availability.Shared;
using WellPath.Availability.Slots;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.SlotPicker;

/// <summary>The booking pages' slot picker: the full page without JavaScript, only the picker on an htmx request.</summary>
internal sealed class GetSlotPickerEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/book/slots").AllowAnonymous().ExcludeFromDescription()
            .MapGet("", async (string? serviceId, string? locationId, string? date, string? practitionerId,
                HttpContext context, ClaimsPrincipal user, SlotSearch search, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (SlotPickerQuery.TryRead(serviceId, locationId, date, practitionerId, out var error) is not { } query)
                {
                    return Problem(context, "Check the link", error!, StatusCodes.Status400BadRequest);
                }

                // Without a date the picker opens on today at the location, which is only known once the location is loaded.
                var utcToday = LocalDate.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var from = query.Date ?? utcToday.PlusDays(-1);
                var to = (query.Date ?? utcToday.PlusDays(1)).PlusDays(SlotPickerView.Days - 1);
                var prepared = await search.PrepareAsync(query.ServiceId, query.LocationId, from, to, CallerScope.From(user).IsStaff, cancellationToken);
                if (prepared is null)
                {
                    return Problem(context, "Not found", "This service is not offered at this location.", StatusCodes.Status404NotFound);
                }
                if (query.PractitionerId is { } chosen && prepared.Practitioners.All(p => p.Id != chosen))
                {
                    return Problem(context, "Choose another practitioner", "This practitioner does not offer this service at this location.", StatusCodes.Status422UnprocessableEntity);
                }

                var today = prepared.Query.Now.InZone(prepared.Query.Location.Zone).Date;
                var day = query.Date ?? today;
                var slots = SlotEngine.FindSlots(prepared.Query, day, day.PlusDays(SlotPickerView.Days - 1), query.PractitionerId);
                var view = SlotPickerView.Build(prepared, query.ServiceId, query.LocationId, query.PractitionerId, day, today, slots);
                return ModelPages.PageOrPartial<SlotPickerPage, SlotPickerPartial>(context, view);
            });
    }

    private static IResult Problem(HttpContext context, string title, string message, int status) =>
        ModelPages.PageOrPartial<SlotPickerProblemPage, SlotPickerProblemPartial>(context, new PageMessage(title, message), status);
}

