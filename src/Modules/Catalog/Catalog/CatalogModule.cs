using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Catalog.AdminLocations;
using WellPath.Catalog.AdminPractitioners;
using WellPath.Catalog.AdminServices;
using WellPath.Catalog.Contracts;
using WellPath.Catalog.Queries;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Modules;

namespace WellPath.Catalog;

public sealed class CatalogModule : IModule
{
    public string Name => "catalog";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CatalogReferences>();
        services.AddSingleton<LocationReader>();
        services.AddSingleton<ServiceReader>();
        services.AddScoped<LocationEditorQueries>();
        services.AddScoped<ServiceEditorQueries>();
        services.AddScoped<PractitionerEditorQueries>();
        services.AddScoped<ICatalogQueries, CatalogQueries>();
        services.AddScoped<ICatalogDirectory, CatalogDirectory>();
        services.AddScoped<IServiceOffers, ServiceOffers>();
        services.Configure<AuthorizationOptions>(CatalogPolicies.Add);
    }
}
