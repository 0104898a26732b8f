using System.Globalization;
using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using WellPath.Availability.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.LocationRoster;

/// <summary>
/// Week rosters per location: the locations in the caller's scope, and one location's week with htmx week navigation
/// (plain links without JavaScript). Outside the caller's scope a location does not exist for them (404).
/// </summary>
internal sealed class LocationRosterEndpoints : ICarterModule
{
    private static readonly LocalDate FirstWeek = new(2000, 1, 1);
    private static readonly LocalDate LastWeek = new(2099, 12, 31);

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/rosters").RequireAuthorization(AvailabilityPolicies.RosterReader).ExcludeFromDescription();
        group.MapGet("", async (ClaimsPrincipal user, ICatalogDirectory directory, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var locations = (await directory.GetLocationsAsync(cancellationToken)).Where(l => caller.CanSeeLocation(l.Id)).ToList();
            return ModelPages.Page<RosterLocationsPage>(locations);
        });

        group.MapGet("/{locationId:guid}", async (Guid locationId, string? week, HttpContext context, ClaimsPrincipal user, LocationRosterLoader loader, CancellationToken cancellationToken) =>
        {
            var error = ReadWeek(week, out var chosen);
            if (await loader.LoadAsync(locationId, chosen, CallerScope.From(user), cancellationToken) is not { } view)
            {
                return ModelPages.Page<ScheduleMessagePage>(
                    new PageMessage("Not found", "This location was not found among your locations."), StatusCodes.Status404NotFound);
            }
            var shown = error is null ? view : view with { WeekText = week ?? "", WeekError = error };
            return ModelPages.PageOrPartial<LocationRosterPage, LocationRosterPartial>(
                context, shown, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        });
    }

    /// <summary>Any date of the week, YYYY-MM-DD; a bad one is reported next to the field and the current week is shown.</summary>
    private static string? ReadWeek(string? text, out LocalDate? week)
    {
        week = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length != 10 || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return "Choose a day written YYYY-MM-DD.";
        }
        var local = LocalDate.FromDateOnly(date);
        if (local < FirstWeek || local > LastWeek)
        {
            return $"Choose a day between {FirstWeek:yyyy-MM-dd} and {LastWeek:yyyy-MM-dd}.";
        }
        week = local;
        return null;
    }
}
