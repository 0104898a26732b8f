using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Availability.WeeklySchedule;

internal sealed class ReplaceWeeklyScheduleEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/practitioners").WithTags("Availability").RequireAuthorization(Policies.ScheduleEditor)
            .MapPut("/{id:guid}/weekly-schedule", async (Guid id, ReplaceWeeklyScheduleRequest request, ClaimsPrincipal user, ReplaceWeeklyScheduleHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), SaveMode.Report, cancellationToken) switch
                {
                    ReplaceOutcome.Replaced replaced => (IResult)TypedResults.Ok(replaced.Schedule),
                    ReplaceOutcome.Invalid invalid => ApiProblems.Invalid(invalid.Errors),
                    ReplaceOutcome.Forbidden => ApiProblems.Forbidden(PractitionerAccess.ForbiddenMessage),
                    _ => ApiProblems.NotFound("The practitioner"),
                })
            .Validate<ReplaceWeeklyScheduleRequest>()
            .WithName("ReplaceWeeklySchedule");
    }
}
