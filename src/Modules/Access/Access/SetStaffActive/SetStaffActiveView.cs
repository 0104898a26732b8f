using WellPath.Access.Shared;

namespace WellPath.Access.SetStaffActive;

internal sealed record SetStaffActiveView(StaffResponse Staff, string? Notice = null, string? Problem = null);
