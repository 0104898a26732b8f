using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Availability.ListSchedules;

/// <summary>The practitioners whose schedules the caller may change, optionally at one location.</summary>
internal sealed class ListSchedulesPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/staff/schedules").RequireAuthorization(Policies.ScheduleEditor).ExcludeFromDescription()
            .MapGet("", async (string? locationId, ClaimsPrincipal user, ICatalogDirectory directory, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                var locations = (await directory.GetLocationsAsync(cancellationToken)).Where(l => caller.CanSeeLocation(l.Id)).ToList();
                Guid? chosen = Guid.TryParse(locationId, out var id) && locations.Any(l => l.Id == id) ? id : null;
                var practitioners = (await directory.GetPractitionersAsync(cancellationToken))
                    .Where(p => p.LocationIds.Any(caller.CanSeeLocation))
                    .Where(p => chosen is null || p.LocationIds.Contains(chosen.Value))
                    .ToList();
                return ModelPages.Page<ListSchedulesPage>(new ListSchedulesView(locations, chosen, practitioners));
            });
    }
}

internal sealed record ListSchedulesView(IReadOnlyList<LocationInfo> Locations, Guid? LocationId, IReadOnlyList<PractitionerAssignment> Practitioners)
{
    public string LocationNames(PractitionerAssignment practitioner) =>
        string.Join(", ", Locations.Where(l => practitioner.LocationIds.Contains(l.Id)).Select(l => l.Name));
}
