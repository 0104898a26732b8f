using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.CreatePractitioner;
using WellPath.Catalog.Shared;
using WellPath.Catalog.UpdatePractitioner;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Catalog.AdminPractitioners;

/// <summary>Staff read the practitioners of their scope; admins create and change them, as through the API.</summary>
internal sealed class AdminPractitionersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/catalog/practitioners").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("", async (string? q, Guid? locationId, HttpContext context, ClaimsPrincipal user, NpgsqlDataSource dataSource, LocationReader locations, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var rows = (await PractitionerReader.ReadAsync(connection, null, caller, null, cancellationToken))
                .Where(p => locationId is null || p.LocationIds.Contains(locationId.Value))
                .Where(p => AdminLists.Matches(q, $"{p.Name} {p.Email}"))
                .Select(p => new PractitionerListRow(p.Id, p.Name, p.Email, p.LocationIds.Length, p.Active))
                .ToList();
            var options = await AdminLists.LocationOptionsAsync(connection, locations, caller, cancellationToken);
            return PageResults.PageOrPartial<PractitionerListPage, _PractitionerRows>(context, AdminLists.Parameters(rows, options, q, locationId, caller));
        });
        group.MapGet("/new", async (ClaimsPrincipal user, PractitionerEditorQueries queries, CancellationToken cancellationToken) =>
            Page(await queries.LoadAsync(null, CallerScope.From(user), null, null, saved: false, cancellationToken)));
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, PractitionerEditorQueries queries, CancellationToken cancellationToken) =>
            Page(await queries.LoadAsync(id, CallerScope.From(user), null, null, saved: false, cancellationToken)));

        var admins = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admins.MapPost("", async (IFormCollection form, HttpContext context, ClaimsPrincipal user, IValidator<PractitionerRequest> validator,
            CreatePractitionerHandler handler, PractitionerEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var input = PractitionerEditorQueries.From(form);
            var request = PractitionerEditorQueries.Request(input);
            var errors = (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors();
            if (errors.Count == 0)
            {
                if (await handler.HandleAsync(request, caller, cancellationToken) is { } created)
                {
                    return FormAnswers.Redirect(context, $"/admin/catalog/practitioners/{created.Id}");
                }
                errors["staffId"] = [StaffTaken];
            }
            return Form(context, false, await queries.LoadAsync(null, caller, input, errors, false, cancellationToken));
        });
        admins.MapPost("/{id:guid}", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user, IValidator<PractitionerRequest> validator,
            UpdatePractitionerHandler handler, PractitionerEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var input = PractitionerEditorQueries.From(form);
            var request = PractitionerEditorQueries.Request(input);
            var errors = (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors();
            var update = errors.Count == 0 ? await handler.HandleAsync(id, request, caller, cancellationToken) : null;
            if (update is { Conflict: true })
            {
                errors["staffId"] = [StaffTaken];
            }
            var saved = update is { Conflict: false };
            return Form(context, saved, await queries.LoadAsync(id, caller, saved ? null : input, errors, saved, cancellationToken));
        });
    }

    private const string StaffTaken = "Another practitioner is already linked to this staff account.";

    private static IResult Page(PractitionerEditorView? view) =>
        view is null ? FormAnswers.NotFound() : new RazorComponentResult<PractitionerEditorPage>(new { View = view });

    private static IResult Form(HttpContext context, bool valid, PractitionerEditorView? view) =>
        view is null
            ? FormAnswers.NotFound()
            : PageResults.PageOrPartial<PractitionerEditorPage, _PractitionerForm>(context, new Dictionary<string, object?> { ["View"] = view }, FormAnswers.Status(valid));
}
