using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.ClinicPages;
using WellPath.Catalog.CreateService;
using WellPath.Catalog.Shared;
using WellPath.Catalog.UpdateService;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Catalog.AdminServices;

/// <summary>Staff read the services of their scope; admins create and change them, as through the API.</summary>
internal sealed class AdminServicesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/catalog/services").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("", async (string? q, Guid? locationId, HttpContext context, ClaimsPrincipal user, NpgsqlDataSource dataSource,
            LocationReader locations, ServiceReader services, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var rows = (await services.ReadAsync(connection, null, caller, null, locationId, cancellationToken))
                .Where(s => AdminLists.Matches(q, $"{s.Name} {s.Category}"))
                .Select(s => new ServiceListRow(s.Id, s.Name, s.Category, s.DurationMinutes, ClinicViews.Price(s.PriceCents, s.Currency), s.Visibility))
                .ToList();
            var options = await AdminLists.LocationOptionsAsync(connection, locations, caller, cancellationToken);
            return PageResults.PageOrPartial<ServiceListPage, _ServiceRows>(context, AdminLists.Parameters(rows, options, q, locationId, caller));
        });
        group.MapGet("/new", async (ClaimsPrincipal user, ServiceEditorQueries queries, CancellationToken cancellationToken) =>
            Page(await queries.LoadAsync(null, CallerScope.From(user), null, null, saved: false, cancellationToken)));
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ServiceEditorQueries queries, CancellationToken cancellationToken) =>
            Page(await queries.LoadAsync(id, CallerScope.From(user), null, null, saved: false, cancellationToken)));

        var admins = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admins.MapPost("", async (IFormCollection form, HttpContext context, ClaimsPrincipal user, IValidator<ServiceRequest> validator,
            CreateServiceHandler handler, ServiceEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var input = ServiceForms.From(form);
            var request = ServiceForms.Request(input);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            if (validation.IsValid)
            {
                var created = await handler.HandleAsync(request, caller, cancellationToken);
                return FormAnswers.Redirect(context, $"/admin/catalog/services/{created.Id}");
            }
            return Form(context, validation.IsValid, await queries.LoadAsync(null, caller, input, validation.ToFieldErrors(), false, cancellationToken));
        });
        admins.MapPost("/{id:guid}", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user, IValidator<ServiceRequest> validator,
            UpdateServiceHandler handler, ServiceEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var input = ServiceForms.From(form);
            var request = ServiceForms.Request(input);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            var saved = validation.IsValid && await handler.HandleAsync(id, request, caller, cancellationToken) is not null;
            return Form(context, validation.IsValid, await queries.LoadAsync(id, caller, saved ? null : input, validation.ToFieldErrors(), saved, cancellationToken));
        });
    }

    private static IResult Page(ServiceEditorView? view) =>
        view is null ? FormAnswers.NotFound() : new RazorComponentResult<ServiceEditorPage>(new { View = view });

    private static IResult Form(HttpContext context, bool valid, ServiceEditorView? view)
    {
        if (view is null)
        {
            return Page(view);
        }
        return PageResults.PageOrPartial<ServiceEditorPage, _ServiceForm>(context, new Dictionary<string, object?> { ["View"] = view }, FormAnswers.Status(valid));
    }
}
