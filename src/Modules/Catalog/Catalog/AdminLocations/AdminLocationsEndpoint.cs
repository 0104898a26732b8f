using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.AddClosure;
using WellPath.Catalog.AddRoom;
using WellPath.Catalog.Shared;
using WellPath.Catalog.UpdateLocation;
using WellPath.Catalog.UpdateRoom;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Catalog.AdminLocations;

/// <summary>
/// Staff read the locations of their scope; admins and clinic managers change them. The forms run the API's validators
/// and handlers, so a screen and the API can never disagree.
/// </summary>
internal sealed class AdminLocationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/catalog/locations").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("", async (string? q, HttpContext context, ClaimsPrincipal user, NpgsqlDataSource dataSource, LocationReader reader, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var rows = (await reader.ReadAsync(connection, null, CallerScope.From(user), null, cancellationToken))
                .Where(l => AdminLists.Matches(q, l.Name))
                .Select(l => new LocationListRow(l.Id, l.Name, l.TimeZone, l.Active, l.Live))
                .ToList();
            return PageResults.PageOrPartial<LocationListPage, _LocationRows>(context, new Dictionary<string, object?> { ["Rows"] = rows, ["Query"] = q });
        });
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, LocationEditorQueries queries, CancellationToken cancellationToken) =>
            Editor(await queries.LoadAsync(id, CallerScope.From(user), null, null, saved: false, cancellationToken)));

        var editors = group.MapGroup("/{id:guid}").RequireAuthorization(CatalogPolicies.LocationEditor);
        editors.MapPost("", async (Guid id, IFormCollection form, HttpContext context, ClaimsPrincipal user, IValidator<LocationRequest> validator,
            UpdateLocationHandler handler, LocationEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var input = LocationForms.From(form);
            var request = LocationForms.Request(input);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            var saved = validation.IsValid && await handler.HandleAsync(id, request, caller, cancellationToken) is not null;
            var view = await queries.LoadAsync(id, caller, saved ? null : input, validation.ToFieldErrors(), saved, cancellationToken);
            if (view is null)
            {
                return NotFound();
            }
            return PageResults.PageOrPartial<LocationEditorPage, _LocationForm>(
                context, new Dictionary<string, object?> { ["View"] = view }, FormAnswers.Status(validation.IsValid));
        });
        editors.MapPost("/closures", async (Guid id, IFormCollection form, ClaimsPrincipal user, IValidator<AddClosureRequest> validator,
            AddClosureHandler handler, LocationEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var request = new AddClosureRequest(form["Date"], Blank(form["Start"]), Blank(form["End"]), form["Reason"]);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            return validation.IsValid
                ? (await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is null ? NotFound() : Back(id, "closures"))
                : Invalid(await queries.LoadAsync(id, CallerScope.From(user), null, Prefixed("closure", validation.ToFieldErrors()), false, cancellationToken));
        });
        editors.MapPost("/rooms/{roomId:guid}", async (Guid id, Guid roomId, IFormCollection form, ClaimsPrincipal user, IValidator<AddRoomRequest> validator,
            UpdateRoomHandler handler, CancellationToken cancellationToken) =>
        {
            var request = new AddRoomRequest(form["Name"], Guid.TryParse(form["RoomTypeId"], out var type) ? type : null, form["Active"] == "true");
            var valid = (await validator.ValidateAsync(request, cancellationToken)).IsValid;
            return valid && await handler.HandleAsync(id, roomId, request, CallerScope.From(user), cancellationToken) is not null ? Back(id, "rooms") : NotFound();
        });
        editors.MapPost("/rooms", async (Guid id, IFormCollection form, ClaimsPrincipal user, IValidator<AddRoomRequest> validator,
            AddRoomHandler handler, LocationEditorQueries queries, CancellationToken cancellationToken) =>
        {
            var request = new AddRoomRequest(form["Name"], Guid.TryParse(form["RoomTypeId"], out var type) ? type : null, true);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            return validation.IsValid
                ? (await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is null ? NotFound() : Back(id, "rooms"))
                : Invalid(await queries.LoadAsync(id, CallerScope.From(user), null, Prefixed("room", validation.ToFieldErrors()), false, cancellationToken));
        });
    }

    private static IResult Editor(LocationEditorView? view) =>
        view is null ? NotFound() : new RazorComponentResult<LocationEditorPage>(new { View = view });

    private static IResult Invalid(LocationEditorView? view) =>
        view is null ? NotFound() : new RazorComponentResult<LocationEditorPage>(new { View = view }) { StatusCode = StatusCodes.Status422UnprocessableEntity };

    private static IResult NotFound() => FormAnswers.NotFound();

    private static IResult Back(Guid id, string section) => TypedResults.Redirect($"/admin/catalog/locations/{id}#{section}");

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Dictionary<string, string[]> Prefixed(string prefix, Dictionary<string, string[]> errors) =>
        errors.ToDictionary(e => $"{prefix}.{e.Key}", e => e.Value);
}
