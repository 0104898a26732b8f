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

namespace WellPath.Appointments.ListAppointments;

internal sealed class ListAppointmentsEndpoint : ICarterModule
{
    public const int MaxItems = 500;

    private static readonly string[] Statuses = ["requested", "confirmed", "checked_in", "completed", "cancelled", "no_show", "rescheduled"];

    // The date is the appointment's local date at its own location; the caller's scope is part of the query.
    public const string Sql = """
        select a.* from appointments.appointments a
        where (@LocationId::uuid is null or a.location_id = @LocationId)
          and (@PractitionerId::uuid is null or a.practitioner_id = @PractitionerId)
          and (@Date::date is null or (a.start_at at time zone a.time_zone)::date = @Date)
          and (@Status::text is null or a.status = @Status)
          and
        """ + ScopedAppointments.ScopePredicate + """
        order by a.start_at, a.id
        limit @Limit
        """;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments").WithTags("Appointments").RequireAuthorization(Policies.SignedIn)
            .MapGet("", async (Guid? locationId, Guid? practitionerId, DateOnly? date, string? status, ClaimsPrincipal user, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                if (status is not null && !Statuses.Contains(status))
                {
                    return (IResult)ApiProblems.Invalid("status", $"Status must be one of {string.Join(", ", Statuses)}.");
                }
                var caller = CallerScope.From(user);
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var parameters = ScopedAppointments.ScopeParameters(caller);
                parameters.AddDynamicParams(new { LocationId = locationId, PractitionerId = practitionerId, Date = date, Status = status, Limit = MaxItems });
                var rows = await connection.QueryAsync<AppointmentRow>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken));
                return TypedResults.Ok(new { items = rows.Select(r => r.ToResponse()).ToList() });
            })
            .WithName("ListAppointments");
    }
}
