using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Appointments.RescheduleAppointment;

internal sealed class RescheduleAppointmentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments/{id:guid}").WithTags("Appointments").RequireAuthorization(Policies.SignedIn)
            .MapPost("/reschedule", async (Guid id, RescheduleAppointmentRequest request, ClaimsPrincipal user, RescheduleAppointmentHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) switch
                {
                    RescheduleOutcome.Rescheduled moved => (IResult)TypedResults.Ok(moved.Appointment),
                    RescheduleOutcome.Taken taken => AppointmentProblems.Taken(taken.Detail, taken.Obstacles),
                    RescheduleOutcome.NotAllowed notAllowed => AppointmentProblems.NotAllowed(notAllowed.Status, notAllowed.Allowed),
                    RescheduleOutcome.Forbidden forbidden => ApiProblems.Forbidden(forbidden.Detail),
                    _ => ApiProblems.NotFound("The appointment"),
                })
            .Validate<RescheduleAppointmentRequest>()
            .WithName("RescheduleAppointment");
    }
}
