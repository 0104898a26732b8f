using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace WellPath.Appointments.BookingPages;

/// <summary>Pages with a customer's details or a manage token stay out of shared and browser caches (a clinic's kiosk, a family computer).</summary>
internal static class NoStore
{
    public static TBuilder DoNotStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return await next(context);
        });
}
