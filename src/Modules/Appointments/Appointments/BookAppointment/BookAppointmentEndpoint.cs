using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Appointments.BookAppointment;

internal sealed class BookAppointmentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/appointments").WithTags("Appointments").AllowAnonymous()
            .MapPost("", async (BookAppointmentRequest request, HttpContext context, ClaimsPrincipal user, BookAppointmentHandler handler, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                string? key = context.Request.Headers["Idempotency-Key"];
                if (key is { Length: > 200 })
                {
                    return ApiProblems.Invalid("Idempotency-Key", "The Idempotency-Key header is at most 200 characters.");
                }
                var idempotency = string.IsNullOrEmpty(key) ? null : new IdempotencyKey(caller.ActorId ?? IdempotencyKey.AnonymousCaller(request.Customer?.Email), key);
                return await handler.HandleAsync(request, caller, caller.IsAuthenticated ? "api" : "web", idempotency, cancellationToken) switch
                {
                    BookOutcome.Booked booked => (IResult)TypedResults.Created($"/api/v1/appointments/{booked.Appointment.Id}", booked.Appointment),
                    BookOutcome.Taken taken => AppointmentProblems.Taken(AppointmentProblems.TakenDetail, taken.Obstacles),
                    BookOutcome.Forbidden => ApiProblems.Forbidden(Overrides.ForbiddenDetail),
                    _ => ApiProblems.NotFound("The service at this location"),
                };
            })
            .Validate<BookAppointmentRequest>()
            .RequireRateLimiting(AppointmentsModule.BookingLimit)
            .WithName("BookAppointment");
    }
}
