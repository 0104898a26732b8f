using Htmx;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace WellPath.SharedKernel.Web;

/// <summary>One endpoint, two answers: the full page on a normal request, the fragment on an htmx request.</summary>
public static class PageResults
{
    public static RazorComponentResult PageOrPartial<TPage, TPartial>(
        HttpContext context, IReadOnlyDictionary<string, object?>? parameters = null, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
        where TPartial : IComponent
    {
        context.Response.Headers.Append(HeaderNames.Vary, HtmxRequestHeaders.Keys.Request);
        var values = parameters ?? new Dictionary<string, object?>();
        // A history restore after a cache miss, and a boosted link or form, replace the whole body: they need the page.
        var partial = context.Request.IsHtmxNonBoosted() && !context.Request.IsHtmxHistoryRestoreRequest();
        return partial
            ? new RazorComponentResult<TPartial>(values) { StatusCode = statusCode }
            : new RazorComponentResult<TPage>(values) { StatusCode = statusCode };
    }
}
