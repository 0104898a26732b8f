using Carter;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Web;

namespace WellPath.Host.Composition;

internal static class HostApplicationExtensions
{
    public static WebApplication UseWellPath(this WebApplication app)
    {
        app.UseWellPathProblemDetails();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapCarter();
        return app;
    }
}
