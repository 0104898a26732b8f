using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.ClinicPages;

/// <summary>The customers' pages: always the public view, whoever is signed in, so staff see what customers see.</summary>
internal sealed class ClinicPagesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/clinics").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("", async (NpgsqlDataSource dataSource, LocationReader locations, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var clinics = await locations.ReadAsync(connection, null, CallerScope.Anonymous, null, cancellationToken);
            return new RazorComponentResult<ClinicsPage>(new { Clinics = clinics.Select(ClinicViews.Card).ToList() });
        });
        group.MapGet("/{id:guid}/services", async (Guid id, NpgsqlDataSource dataSource, LocationReader locations, ServiceReader services, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            if (await locations.FindAsync(connection, null, CallerScope.Anonymous, id, cancellationToken) is not { } location)
            {
                return (IResult)new RazorComponentResult<ClinicNotFoundPage> { StatusCode = StatusCodes.Status404NotFound };
            }
            var offered = await services.ReadAsync(connection, null, CallerScope.Anonymous, null, id, cancellationToken);
            return new RazorComponentResult<ClinicServicesPage>(new { Clinic = ClinicViews.Card(location), Categories = ClinicViews.Categories(location.Id, offered) });
        });
    }
}
