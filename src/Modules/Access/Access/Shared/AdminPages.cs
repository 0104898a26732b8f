using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.Shared;

/// <summary>
/// Renders the admin pages. Razor components are public and so must their parameters be, while the models are
/// internal to the module; each page therefore takes one <c>Model</c> parameter typed <see cref="object"/> and casts
/// it back. Parameters travel by name in a dictionary anyway, so no compile-time check is lost.
/// </summary>
internal static class AdminPages
{
    public static RazorComponentResult Page<TPage>(object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new RazorComponentResult<TPage>(Parameters(model)) { StatusCode = statusCode };

    public static RazorComponentResult PageOrPartial<TPage, TPartial>(HttpContext context, object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
        where TPartial : IComponent =>
        PageResults.PageOrPartial<TPage, TPartial>(context, Parameters(model), statusCode);

    public static RazorComponentResult NotFound(string what) =>
        Page<AdminNotFoundPage>(what, StatusCodes.Status404NotFound);

    private static Dictionary<string, object?> Parameters(object model) => new() { ["Model"] = model };
}
