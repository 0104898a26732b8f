using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WellPath.Catalog.Shared;

/// <summary>How the admin forms answer.</summary>
internal static class FormAnswers
{
    /// <summary>htmx swaps only 2xx answers, so the fragment with its messages comes back 200; a plain form post that failed gets 422.</summary>
    public static RazorComponentResult WithStatus(this RazorComponentResult result, HttpContext context, bool valid)
    {
        result.StatusCode = valid || context.Request.IsHtmx() ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return result;
    }

    public static IResult NotFound() =>
        new RazorComponentResult<NotFoundPage>(new { BackUrl = "/admin/catalog/locations", BackText = "Back to the catalog" }) { StatusCode = StatusCodes.Status404NotFound };

    /// <summary>After a create, htmx follows HX-Redirect; a plain form post follows the 302.</summary>
    public static IResult Redirect(HttpContext context, string url)
    {
        if (!context.Request.IsHtmx())
        {
            return TypedResults.Redirect(url);
        }
        context.Response.Headers[HtmxResponseHeaders.Keys.Redirect] = url;
        return TypedResults.Ok();
    }
}
