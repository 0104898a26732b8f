using WellPath.Access.Shared;

namespace WellPath.Access.CreateToken;

internal sealed class CreateTokenForm
{
    public string? Name { get; set; }

    public string? StaffId { get; set; }

    public CreateTokenRequest ToRequest(IDictionary<string, string[]> errors)
    {
        if (!FormValues.TryParseOptionalId(StaffId, out var staffId))
        {
            errors["staffId"] = ["Choose the staff account the token acts as."];
        }
        return new CreateTokenRequest(Name, staffId);
    }
}

internal sealed record CreateTokenFormView(CreateTokenForm Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public static CreateTokenFormView Empty => new(new CreateTokenForm(), new Dictionary<string, string[]>());
}
