using FluentValidation;

namespace WellPath.Appointments.BookingPages;

/// <summary>The customer's fields, with the booking API's limits and a sentence a customer understands.</summary>
internal sealed class BookingFormValidator : AbstractValidator<BookingForm>
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxPhone = 40;
    public const int MaxNotes = 2000;

    public BookingFormValidator()
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter your name.")
            .Must(n => n!.Trim().Length <= MaxName).WithMessage($"Your name can be at most {MaxName} characters.")
            .Must(n => !n!.Any(char.IsControl)).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Enter your email address: we send your confirmation there.")
            .Must(e => e!.Trim().Length <= MaxEmail).WithMessage($"An email address can be at most {MaxEmail} characters.")
            .Must(e => IsEmail(e!.Trim())).WithMessage("Enter an email address like name@example.com.");
        RuleFor(f => f.Phone).Cascade(CascadeMode.Stop)
            .Must(p => p!.Trim().Length <= MaxPhone).WithMessage($"A phone number can be at most {MaxPhone} characters.")
            .Matches("^[0-9 +()-]*$").WithMessage("A phone number has digits, spaces, +, - and brackets only.")
            .When(f => !string.IsNullOrWhiteSpace(f.Phone));
        RuleFor(f => f.Notes)
            .Must(n => n!.Trim().Length <= MaxNotes).WithMessage($"Notes can be at most {MaxNotes} characters.")
            .When(f => f.Notes is not null);
    }

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace) && !email.Any(char.IsControl);
    }
}
