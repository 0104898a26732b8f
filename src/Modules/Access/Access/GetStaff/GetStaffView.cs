using WellPath.Access.SetStaffActive;
using WellPath.Access.Shared;
using WellPath.Access.UpdateStaff;

namespace WellPath.Access.GetStaff;

/// <summary>The staff editor: the account, its role and locations form, and its status section.</summary>
internal sealed record GetStaffView(StaffResponse Staff, UpdateStaffFormView Form, SetStaffActiveView Status, string? Notice = null)
{
    public static GetStaffView For(StaffResponse staff, string? notice = null) =>
        new(staff, UpdateStaffFormView.For(staff), new SetStaffActiveView(staff), notice);
}
