using System.Security.Claims;
using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.CreateRoomType;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AdminRoomTypes;

internal sealed class AdminRoomTypesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/catalog/room-types").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("", async (ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            await PageAsync(dataSource, user, null, null, StatusCodes.Status200OK, cancellationToken));
        group.MapPost("", async (IFormCollection form, ClaimsPrincipal user, NpgsqlDataSource dataSource, IValidator<CreateRoomTypeRequest> validator,
            CreateRoomTypeHandler handler, CancellationToken cancellationToken) =>
        {
            var request = new CreateRoomTypeRequest(form["Name"]);
            var validation = await validator.ValidateAsync(request, cancellationToken);
            var error = !validation.IsValid
                ? string.Join(" ", validation.Errors.Select(e => e.ErrorMessage))
                : await handler.HandleAsync(request, cancellationToken) is null ? "A room type with this name already exists." : null;
            return error is null
                ? TypedResults.Redirect("/admin/catalog/room-types")
                : await PageAsync(dataSource, user, request.Name, error, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }).RequireAuthorization(Policies.Admin);
    }

    private static async Task<IResult> PageAsync(NpgsqlDataSource dataSource, ClaimsPrincipal user, string? name, string? error, int status, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var types = (await RoomTypeReader.ReadAsync(connection, cancellationToken)).Select(t => new CatalogOption(t.Id, t.Name)).ToList();
        return new RazorComponentResult<RoomTypesPage>(new { Types = types, CanCreate = user.IsInRole(Roles.Admin), Name = name, Error = error }) { StatusCode = status };
    }
}
