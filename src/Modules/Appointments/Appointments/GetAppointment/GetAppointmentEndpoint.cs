using System.Security.Claims;
using Carter;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Appointments.GetAppointment;

internal sealed class GetAppointmentEndpoint : ICarterModule
{
    // The caller's scope is part of the query: an appointment outside it does not exist for them (404).
    private const string Sql = """
        select a.* from appointments.appointments a
        where a.id = @Id and (
            @AllLocations
            or (@Role in ('clinic_manager', 'reception') and a.location_id = any(@LocationIds))
            or (@Role = 'practitioner' and a.practitioner_id = @PractitionerId)
            or (@Role = 'customer' and a.customer_id = @CustomerId))
        """;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments").WithTags("Appointments").RequireAuthorization(Policies.SignedIn)
            .MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var row = await connection.QuerySingleOrDefaultAsync<AppointmentRow>(new CommandDefinition(Sql, new
                {
                    Id = id,
                    caller.AllLocations,
                    caller.Role,
                    LocationIds = caller.LocationFilter,
                    caller.PractitionerId,
                    caller.CustomerId,
                }, cancellationToken: cancellationToken));
                return row is null ? (IResult)ApiProblems.NotFound("The appointment") : TypedResults.Ok(row.ToResponse());
            })
            .WithName("GetAppointment");
    }
}
