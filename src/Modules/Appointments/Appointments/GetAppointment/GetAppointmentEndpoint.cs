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
        select id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at,
               source, payment_status, rescheduled_from_id, rescheduled_to_id
        from appointments.appointments a
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
                var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Sql, new
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

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Reference { get; init; } = "";
        public string Status { get; init; } = "";
        public Guid ServiceId { get; init; }
        public Guid LocationId { get; init; }
        public string TimeZone { get; init; } = "";
        public Guid PractitionerId { get; init; }
        public Guid? RoomId { get; init; }
        public Guid CustomerId { get; init; }
        public DateTime StartAt { get; init; }
        public DateTime EndAt { get; init; }
        public string Source { get; init; } = "";
        public string PaymentStatus { get; init; } = "";
        public Guid? RescheduledFromId { get; init; }
        public Guid? RescheduledToId { get; init; }

        public AppointmentResponse ToResponse() => new(
            Id, Reference, Status, ServiceId, LocationId, PractitionerId, RoomId,
            AppointmentResponse.Format(new DateTimeOffset(StartAt, TimeSpan.Zero), TimeZone),
            AppointmentResponse.Format(new DateTimeOffset(EndAt, TimeSpan.Zero), TimeZone),
            CustomerId, Source, PaymentStatus, RescheduledFromId, RescheduledToId);
    }
}
