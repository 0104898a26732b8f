using System.Security.Claims;
using Carter;
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
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments").WithTags("Appointments").RequireAuthorization(Policies.SignedIn)
            .MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var row = await ScopedAppointments.FindAsync(connection, id, CallerScope.From(user), null, cancellationToken);
                return row is null ? (IResult)ApiProblems.NotFound("The appointment") : TypedResults.Ok(row.ToResponse());
            })
            .WithName("GetAppointment");
    }
}
