using FluentValidation;

namespace WellPath.Appointments.ManageBooking;

internal sealed class CancelBookingForm
{
    public string? Reason { get; set; }

    public string? Note { get; set; }
}

/// <summary>The reasons a customer may give: the others (staff unavailable, closure, no-show...) are the clinic's to give.</summary>
internal sealed class CancelBookingFormValidator : AbstractValidator<CancelBookingForm>
{
    public const int MaxNote = 1000;

    public static readonly IReadOnlyList<(string Value, string Label)> Reasons =
    [
        ("customer_request", "I can no longer come"),
        ("illness", "I am unwell"),
        ("other", "Another reason"),
    ];

    public CancelBookingFormValidator()
    {
        RuleFor(f => f.Reason).Must(r => Reasons.Any(reason => reason.Value == r)).WithMessage("Choose a reason from the list.");
        RuleFor(f => f.Note).Must(n => n!.Trim().Length <= MaxNote).WithMessage($"A note can be at most {MaxNote} characters.").When(f => f.Note is not null);
    }
}
