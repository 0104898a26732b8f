using WellPath.Access.CreateToken;

namespace WellPath.Access.ListTokens;

/// <summary>The tokens page: the list, the create form with the staff to choose from, and a token just created.</summary>
internal sealed record ListTokensView(
    TokenList? List,
    IReadOnlyList<StaffOption> Staff,
    CreateTokenFormView Form,
    CreatedTokenResponse? Created = null,
    string? ListProblem = null);
