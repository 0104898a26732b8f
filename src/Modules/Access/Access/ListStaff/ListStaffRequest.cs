using WellPath.Access.Shared;

namespace WellPath.Access.ListStaff;

/// <summary>The filters as typed, all text so that any value gets a message rather than a binding error.</summary>
internal sealed record ListStaffRequest(string? Q, string? Role, string? Active, string? Page)
{
    public static readonly ListStaffRequest None = new(null, null, null, null);

    public StaffFilter ToFilter() => new(
        FormValues.TrimToNull(Q),
        FormValues.TrimToNull(Role),
        Active switch { "true" => true, "false" => false, _ => null },
        Paging.Parse(Page));
}

internal sealed record StaffFilter(string? Text, string? Role, bool? Active, int Page);
