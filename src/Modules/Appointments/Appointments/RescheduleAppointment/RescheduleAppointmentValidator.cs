using FluentValidation;
using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.Shared;

namespace WellPath.Appointments.RescheduleAppointment;

internal sealed class RescheduleAppointmentValidator : AbstractValidator<RescheduleAppointmentRequest>
{
    public RescheduleAppointmentValidator()
    {
        RuleFor(r => r.Start).Must(s => BookAppointmentValidator.TryStart(s, out _))
            .WithMessage("Start must be an ISO 8601 instant with an offset, e.g. 2027-03-01T09:00:00+00:00.");
        RuleFor(r => r.Override!).SetValidator(new OverrideRequestValidator()).When(r => r.Override is not null);
    }
}
