using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WellPath.Availability.Contracts;

namespace WellPath.Appointments.Shared;

/// <summary>The appointment answers that carry more than a detail: what is in the way of a time, which transitions remain.</summary>
internal static class AppointmentProblems
{
    public const string TakenDetail = "That time is not free (any more). Search the slots again and choose another.";

    /// <summary>409 with <c>obstacles</c>: why the time cannot be booked (for staff; empty for others).</summary>
    public static ProblemHttpResult Taken(string detail, IReadOnlyList<SlotObstacle> obstacles) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, detail: detail, extensions: new Dictionary<string, object?> { ["obstacles"] = obstacles });

    public static ProblemHttpResult NotAllowed(string status, string[] allowed) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        detail: $"An appointment that is {status} cannot do this.",
        extensions: new Dictionary<string, object?> { ["currentStatus"] = status, ["allowed"] = allowed });
}
