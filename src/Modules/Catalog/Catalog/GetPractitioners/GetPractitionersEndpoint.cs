using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Catalog.GetPractitioners;

internal sealed class GetPractitionersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/practitioners").WithTags("Catalog").RequireAuthorization(Policies.Staff);
        group.MapGet("", async (ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return TypedResults.Ok(new { items = await PractitionerReader.ReadAsync(connection, null, CallerScope.From(user), null, cancellationToken) });
        }).WithName("ListPractitioners");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return (await PractitionerReader.ReadAsync(connection, null, CallerScope.From(user), id, cancellationToken)).SingleOrDefault() is { } practitioner
                ? (IResult)TypedResults.Ok(practitioner)
                : ApiProblems.NotFound("The practitioner");
        }).WithName("GetPractitioner");
    }
}
