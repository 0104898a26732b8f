namespace WellPath.Access.Shared;

/// <summary>The part of an account an admin changes, as the audit trail records it before and after.</summary>
internal sealed record StaffAuditState(string Role, IReadOnlyList<Guid> LocationIds, Guid? PractitionerId, bool Active)
{
    public static StaffAuditState Of(StaffResponse staff) => new(staff.Role, staff.LocationIds, staff.PractitionerId, staff.Active);
}
