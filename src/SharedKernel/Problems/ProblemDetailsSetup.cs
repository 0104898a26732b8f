using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Problems;

public static class ProblemDetailsSetup
{
    private const string TooManyRequestsPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Too many requests · WellPath</title><link rel="stylesheet" href="/lib/pico.min.css"></head>
        <body><main class="container"><h1>Too many requests</h1>
        <p>You have tried this too often in a short time. Wait a few minutes, then try again.</p>
        <p><a href="/">Back to the start</a></p></main></body></html>
        """;

    /// <summary>Every error the API gives is RFC 9457 problem details with a request id and never a stack trace.</summary>
    public static IServiceCollection AddWellPathProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Title ??= StatusTitles.For(context.ProblemDetails.Status ?? 500);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => JsonDefaults.Configure(options.SerializerOptions));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                if (!Auth.AuthServiceCollectionExtensions.IsApi(context.HttpContext.Request)
                    && context.HttpContext.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(TooManyRequestsPage, cancellationToken);
                }
            };
        });
        return services;
    }

    public static IApplicationBuilder UseWellPathProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
