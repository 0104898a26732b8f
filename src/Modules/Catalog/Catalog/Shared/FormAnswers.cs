using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WellPath.Catalog.Shared;

/// <summary>How the admin forms answer.</summary>
internal static class FormAnswers
{
    /// <summary>A form that was refused answers 422 with its messages, as a page or, for htmx, as the form alone.</summary>
    public static int Status(bool valid) => valid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;

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
