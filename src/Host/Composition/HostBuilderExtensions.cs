using Carter;
using Microsoft.AspNetCore.Antiforgery;
using WellPath.Host.Health;
using WellPath.Host.Migrations;
using WellPath.Host.Startup;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.DataProtection;
using WellPath.SharedKernel.Jobs;
using WellPath.SharedKernel.Mail;
using WellPath.SharedKernel.Modules;
using WellPath.SharedKernel.Outbox;
using WellPath.SharedKernel.Problems;

namespace WellPath.Host.Composition;

internal static class HostBuilderExtensions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddWellPath(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        builder.WebHost.UseUrls(configuration["WELLPATH_URLS"] is { Length: > 0 } urls ? urls : DefaultUrls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.MaxBodyBytes);
        builder.AddWellPathLogging();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new ModuleCatalog(modules));
        services.AddWellPathData(configuration);
        services.AddWellPathAuth(configuration);
        services.AddWellPathDataProtection();
        services.AddWellPathProblemDetails();
        services.AddWellPathAudit();
        services.AddWellPathOutbox(configuration);
        services.AddWellPathMail(configuration);
        services.AddWellPathJobs(configuration);
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        services.AddRazorComponents();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<DemoDataLoader>();

        services.AddModuleConventions(typeof(Program).Assembly);
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
            services.AddModuleConventions(module.GetType().Assembly);
        }
        services.AddCarterForModules(modules);
        return builder;
    }
}
