using Microsoft.AspNetCore.Builder;

namespace WellPath.SharedKernel.Web;

public static class WebApplicationExtensions
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
