using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.Shared;

/// <summary>Renders the admin pages through <see cref="ModelPages"/> (one <c>object Model</c> parameter per page).</summary>
internal static class AdminPages
{
    public static RazorComponentResult Page<TPage>(object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        ModelPages.Page<TPage>(model, statusCode);

    public static RazorComponentResult PageOrPartial<TPage, TPartial>(HttpContext context, object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
        where TPartial : IComponent =>
        ModelPages.PageOrPartial<TPage, TPartial>(context, model, statusCode);

    public static RazorComponentResult NotFound(string what) =>
        Page<AdminNotFoundPage>(what, StatusCodes.Status404NotFound);
}
