using System.Security.Claims;
using Carter;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Catalog.GetRooms;

internal sealed class GetRoomsEndpoint : ICarterModule
{
    // The left join keeps the answer apart: no location in scope gives no row, a location without rooms one row of nulls.
    private const string ListSql = """
        select r.id, l.id as location_id, r.room_type_id, r.name, r.active
        from catalog.locations l
        left join catalog.rooms r on r.location_id = l.id
        where l.id = @LocationId and (@AllLocations or l.id = any(@LocationIds))
        order by r.name, r.id
        """;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(Policies.Staff)
            .MapGet("/{id:guid}/rooms", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var rows = (await connection.QueryAsync<RoomRow>(new CommandDefinition(
                    ListSql, new { LocationId = id, caller.AllLocations, LocationIds = caller.LocationFilter }, cancellationToken: cancellationToken))).ToList();
                return rows.Count == 0
                    ? (IResult)ApiProblems.NotFound("The location")
                    : TypedResults.Ok(new { items = rows.Where(r => r.Id is not null).Select(r => new RoomResponse(r.Id!.Value, r.LocationId, r.RoomTypeId!.Value, r.Name!, r.Active!.Value)) });
            })
            .WithName("ListRooms");
    }

    private sealed record RoomRow(Guid? Id, Guid LocationId, Guid? RoomTypeId, string? Name, bool? Active);
}
