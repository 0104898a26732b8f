using WellPath.Access.Shared;

namespace WellPath.Access.CreateStaff;

/// <summary>The create form as posted; field names match the inputs.</summary>
internal sealed class CreateStaffForm
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    /// <summary>UUIDs separated by commas or spaces.</summary>
    public string? LocationIds { get; set; }

    public string? PractitionerId { get; set; }

    /// <summary>The API request this form stands for; fields that cannot be read go into <paramref name="errors"/>.</summary>
    public CreateStaffRequest ToRequest(IDictionary<string, string[]> errors)
    {
        if (!FormValues.TryParseLocationIds(LocationIds, out var locationIds, out var locationError))
        {
            errors["locationIds"] = [locationError!];
        }
        if (!FormValues.TryParseOptionalId(PractitionerId, out var practitionerId))
        {
            errors["practitionerId"] = ["Enter the practitioner id as a UUID, or leave it empty."];
        }
        return new CreateStaffRequest(Email, Name, FormValues.TrimToNull(Role), locationIds, practitionerId);
    }
}

internal sealed record CreateStaffFormView(CreateStaffForm Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public static CreateStaffFormView Empty => new(new CreateStaffForm(), new Dictionary<string, string[]>());
}
