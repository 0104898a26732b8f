using WellPath.Access.CreateStaff;
using WellPath.Access.Shared;

namespace WellPath.Access.ListStaff;

/// <summary>The staff page: the filters, the list (absent when the filters are invalid), the create form, and who was just created.</summary>
internal sealed record ListStaffView(
    ListStaffRequest Filter,
    StaffList? List,
    IReadOnlyDictionary<string, string[]> FilterErrors,
    CreateStaffFormView Form,
    StaffResponse? Created = null)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string?> Query => new Dictionary<string, string?>
    {
        ["q"] = Filter.Q,
        ["role"] = Filter.Role,
        ["active"] = Filter.Active,
    };
}
