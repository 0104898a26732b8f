using WellPath.Access.Shared;

namespace WellPath.Access.UpdateStaff;

/// <summary>The role and locations form as posted. It always carries the whole list of locations.</summary>
internal sealed class UpdateStaffForm
{
    public string? Role { get; set; }

    /// <summary>UUIDs separated by commas or spaces; empty means no locations.</summary>
    public string? LocationIds { get; set; }

    /// <summary>Empty keeps the current link.</summary>
    public string? PractitionerId { get; set; }

    public static UpdateStaffForm For(StaffResponse staff) => new()
    {
        Role = staff.Role,
        LocationIds = FormValues.LocationText(staff.LocationIds),
        PractitionerId = staff.PractitionerId?.ToString(),
    };

    public UpdateStaffRequest ToRequest(IDictionary<string, string[]> errors)
    {
        if (!FormValues.TryParseLocationIds(LocationIds, out var locationIds, out var locationError))
        {
            errors["locationIds"] = [locationError!];
        }
        if (!FormValues.TryParseOptionalId(PractitionerId, out var practitionerId))
        {
            errors["practitionerId"] = ["Enter the practitioner id as a UUID, or leave it empty."];
        }
        return new UpdateStaffRequest(FormValues.TrimToNull(Role) ?? "", locationIds, practitionerId);
    }
}

internal sealed record UpdateStaffFormView(Guid StaffId, UpdateStaffForm Values, IReadOnlyDictionary<string, string[]> Errors, string? Problem = null)
{
    public static UpdateStaffFormView For(StaffResponse staff) => new(staff.Id, UpdateStaffForm.For(staff), new Dictionary<string, string[]>());
}
