using System.Globalization;
using FluentValidation;
using WellPath.Appointments.Shared;

namespace WellPath.Appointments.BookAppointment;

internal sealed class BookAppointmentValidator : AbstractValidator<BookAppointmentRequest>
{
    public static readonly string[] Sources = ["web", "phone", "walk_in", "email", "api"];

    public BookAppointmentValidator()
    {
        RuleFor(r => r.ServiceId).NotEmpty().WithMessage("Choose the service.");
        RuleFor(r => r.LocationId).NotEmpty().WithMessage("Choose the location.");
        RuleFor(r => r.Start).Must(s => TryStart(s, out _)).WithMessage("Start must be an ISO 8601 instant with an offset, e.g. 2027-03-01T09:00:00+00:00.");
        RuleFor(r => r.Customer).NotNull().WithMessage("Give the customer's name and email.");
        RuleFor(r => r.Customer!.Name).NotEmpty().WithMessage("Enter the customer's name.").MaximumLength(200)
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("The name contains characters that are not allowed.")
            .When(r => r.Customer is not null);
        RuleFor(r => r.Customer!.Email).NotEmpty().WithMessage("Enter the customer's email.").MaximumLength(254)
            .EmailAddress().WithMessage("Enter a valid email address.")
            .When(r => r.Customer is not null);
        RuleFor(r => r.Customer!.Phone).MaximumLength(40).Matches("^[0-9 +()-]*$").WithMessage("A phone number has digits, spaces, +, - and brackets only.")
            .When(r => r.Customer?.Phone is not null);
        RuleFor(r => r.Source).Must(s => s is null || Sources.Contains(s)).WithMessage($"Source must be one of {string.Join(", ", Sources)}.");
        RuleFor(r => r.Notes).MaximumLength(2000);
        RuleFor(r => r.Override!).SetValidator(new OverrideRequestValidator()).When(r => r.Override is not null);
    }

    public static bool TryStart(string? text, out DateTimeOffset start)
    {
        start = default;
        return text is { Length: >= 20 and <= 40 }
            && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);
    }
}
