using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using WellPath.Appointments.ChangeStatus;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.Reschedule;

/// <summary>
/// Who gets the desk's reschedule screen: the staff the lifecycle lets move an appointment (admin, clinic manager,
/// reception), not operations or practitioners. The handler still decides per appointment and location.
/// </summary>
internal static class RescheduleAccess
{
    public const string Policy = "reception_reschedule";

    public static readonly string[] DeskRoles = StatusActions.Reschedule.Roles.Where(role => role != Roles.Customer).ToArray();

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireRole(DeskRoles));

    /// <summary>Whether a row offers "Reschedule" to <paramref name="user"/>.</summary>
    public static bool Offers(ClaimsPrincipal? user, string status) =>
        user is not null && StatusActions.Reschedule.From.Contains(status) && DeskRoles.Any(user.IsInRole);

    public static string ScreenUrl(Guid appointmentId) => $"/reception/appointments/{appointmentId}/reschedule";
}
