using FluentValidation;

namespace WellPath.Access.CreateToken;

internal sealed class CreateTokenValidator : AbstractValidator<CreateTokenRequest>
{
    public const int MaxName = 100;

    public CreateTokenValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name the token after what uses it.").MaximumLength(MaxName)
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("The name contains characters that are not allowed.");
        RuleFor(r => r.StaffId).NotEmpty().WithMessage("Choose the staff account the token acts as.");
    }
}
