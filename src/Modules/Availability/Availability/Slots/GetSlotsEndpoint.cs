using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using WellPath.Availability.Engine;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Availability.Slots;

internal sealed class GetSlotsEndpoint : ICarterModule
{
    public const int MaxRangeDays = 62;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/slots").WithTags("Availability").AllowAnonymous()
            .MapGet("", async (Guid serviceId, Guid locationId, DateOnly from, DateOnly to, Guid? practitionerId,
                ClaimsPrincipal user, SlotSearch search, CancellationToken cancellationToken) =>
            {
                if (to < from)
                {
                    return (IResult)ApiProblems.Invalid("to", "The range ends before it starts.");
                }
                if (to.DayNumber - from.DayNumber > MaxRangeDays)
                {
                    return ApiProblems.Invalid("to", $"Ask for at most {MaxRangeDays} days at a time.");
                }

                var callerIsStaff = CallerScope.From(user).IsStaff;
                var prepared = await search.PrepareAsync(serviceId, locationId, LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(to), callerIsStaff, cancellationToken);
                if (prepared is null)
                {
                    return ApiProblems.NotFound("The service at this location");
                }

                var zone = prepared.Query.Location.Zone;
                var slots = SlotEngine.FindSlots(prepared.Query, LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(to), practitionerId)
                    .Select(s => new SlotResponse(WallClockText.Format(s.Start, zone), WallClockText.Format(s.End, zone), s.PractitionerId))
                    .ToList();
                return TypedResults.Ok(new SlotsResponse(serviceId, locationId, prepared.TimeZoneId, slots));
            })
            .WithName("GetSlots");
    }
}

internal sealed record SlotsResponse(Guid ServiceId, Guid LocationId, string TimeZone, IReadOnlyList<SlotResponse> Slots);

internal sealed record SlotResponse(string Start, string End, Guid PractitionerId);
