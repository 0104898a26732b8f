using FluentValidation;
using WellPath.Access.Shared;

namespace WellPath.Access.ListTokens;

internal sealed class ListTokensValidator : AbstractValidator<ListTokensRequest>
{
    public ListTokensValidator() => RuleFor(r => r.Page).ValidPage();
}
