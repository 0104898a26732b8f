using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.GetRoomTypes;

internal sealed class GetRoomTypesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/room-types").WithTags("Catalog").RequireAuthorization(Policies.Staff)
            .MapGet("", async (NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                return TypedResults.Ok(new { items = await RoomTypeReader.ReadAsync(connection, cancellationToken) });
            })
            .WithName("ListRoomTypes");
    }
}
