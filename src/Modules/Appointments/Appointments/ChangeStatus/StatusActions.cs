using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.ChangeStatus;

/// <summary>The lifecycle of the contract, in one place: which action leads where, from which statuses, for whom.</summary>
internal static class StatusActions
{
    public sealed record Action(string Name, string To, string[] From, string[] Roles);

    private static readonly string[] Desk = [SharedKernel.Auth.Roles.Admin, SharedKernel.Auth.Roles.ClinicManager, SharedKernel.Auth.Roles.Reception];
    private static readonly string[] DeskAndPractitioner = [.. Desk, SharedKernel.Auth.Roles.Practitioner];

    public static readonly IReadOnlyList<Action> All =
    [
        new("confirm", "confirmed", ["requested"], Desk),
        new("decline", "cancelled", ["requested"], Desk),
        new("check-in", "checked_in", ["confirmed"], DeskAndPractitioner),
        new("complete", "completed", ["checked_in"], DeskAndPractitioner),
        new("no-show", "no_show", ["confirmed"], DeskAndPractitioner),
        new("cancel", "cancelled", ["requested", "confirmed"], [.. Desk, SharedKernel.Auth.Roles.Customer]),
    ];

    /// <summary>
    /// Moving to another time (its own use case): only a confirmed appointment, as the contract's table says; a request
    /// is confirmed or declined first. Managers and admins may override the rules while moving it (rule 10).
    /// </summary>
    public static readonly Action Reschedule = new("reschedule", "rescheduled", ["confirmed"], [.. Desk, SharedKernel.Auth.Roles.Customer]);

    public static Action? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    /// <summary>What can still happen to an appointment in <paramref name="status"/>, for a 409's explanation.</summary>
    public static string[] AllowedFrom(string status) => All.Append(Reschedule).Where(a => a.From.Contains(status)).Select(a => a.Name).ToArray();

    public static readonly string[] CancelReasons =
        ["customer_request", "staff_unavailable", "illness", "duplicate_booking", "no_show", "operational_closure", "other"];
}
