using Carter;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.GetRoomTypes;

internal sealed class GetRoomTypesEndpoint : ICarterModule
{
    private const string ListSql = "select id, name from catalog.room_types order by name, id";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/room-types").WithTags("Catalog").RequireAuthorization(Policies.Staff)
            .MapGet("", async (NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var items = await connection.QueryAsync<RoomTypeResponse>(new CommandDefinition(ListSql, cancellationToken: cancellationToken));
                return TypedResults.Ok(new { items });
            })
            .WithName("ListRoomTypes");
    }
}
