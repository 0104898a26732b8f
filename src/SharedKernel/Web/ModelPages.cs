using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WellPath.SharedKernel.Web;

/// <summary>
/// Renders a module's pages. Razor components are public and so must their parameters be, while the models are
/// internal to the module; each page therefore takes one <c>Model</c> parameter typed <see cref="object"/> and casts
/// it back. Parameters travel by name in a dictionary anyway, so no compile-time check is lost.
/// </summary>
public static class ModelPages
{
    public static RazorComponentResult Page<TPage>(object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new RazorComponentResult<TPage>(Parameters(model)) { StatusCode = statusCode };

    public static RazorComponentResult PageOrPartial<TPage, TPartial>(HttpContext context, object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
        where TPartial : IComponent =>
        PageResults.PageOrPartial<TPage, TPartial>(context, Parameters(model), statusCode);

    private static Dictionary<string, object?> Parameters(object model) => new() { ["Model"] = model };
}
