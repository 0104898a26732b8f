using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Availability.Exceptions;

internal sealed class ExceptionEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/practitioners/{id:guid}/exceptions").WithTags("Availability").RequireAuthorization(Policies.ScheduleEditor);
        group.MapPost("", async (Guid id, AddExceptionRequest request, ClaimsPrincipal user, AddExceptionHandler handler, CancellationToken cancellationToken) =>
                Answer(id, await handler.HandleAsync(id, request, CallerScope.From(user), SaveMode.Report, cancellationToken)))
            .Validate<AddExceptionRequest>()
            .WithName("AddScheduleException");
        // The contract answers 204 without a body: extra hours removed over appointments are removed all the same, and
        // the appointments left outside working time are recorded in the removal's audit event.
        group.MapDelete("/{exceptionId:guid}", async (Guid id, Guid exceptionId, ClaimsPrincipal user, RemoveExceptionHandler handler, CancellationToken cancellationToken) =>
                Answer(id, await handler.HandleAsync(id, exceptionId, CallerScope.From(user), SaveMode.Report, cancellationToken)))
            .WithName("RemoveScheduleException");
    }

    private static IResult Answer(Guid practitionerId, ExceptionOutcome outcome) => outcome switch
    {
        ExceptionOutcome.Added added => TypedResults.Created(
            $"/api/v1/practitioners/{practitionerId}/exceptions/{added.Id}", new { id = added.Id, affectedAppointments = added.Outside.Select(c => c.ToResponse()) }),
        ExceptionOutcome.Removed => TypedResults.NoContent(),
        ExceptionOutcome.Invalid invalid => ApiProblems.Invalid(invalid.Field, invalid.Message),
        ExceptionOutcome.Forbidden => ApiProblems.Forbidden(PractitionerAccess.ForbiddenMessage),
        _ => ApiProblems.NotFound("The practitioner or exception"),
    };
}
