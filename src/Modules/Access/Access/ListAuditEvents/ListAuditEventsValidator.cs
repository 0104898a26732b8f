using FluentValidation;
using WellPath.Access.Shared;

namespace WellPath.Access.ListAuditEvents;

internal sealed class ListAuditEventsValidator : AbstractValidator<ListAuditEventsRequest>
{
    private const string DateMessage = "Enter the date as YYYY-MM-DD, e.g. 2027-03-01 (years 1970 to 9998).";

    public ListAuditEventsValidator()
    {
        RuleFor(r => r.ActorId).MaximumLength(200).WithMessage("The actor id is at most 200 characters.");
        RuleFor(r => r.RecordType).MaximumLength(100).WithMessage("The record type is at most 100 characters.");
        RuleFor(r => r.RecordId).MaximumLength(200).WithMessage("The record id is at most 200 characters.");
        RuleFor(r => r.Action).MaximumLength(100).WithMessage("The action is at most 100 characters.");
        RuleFor(r => r.From)
            .Must(from => string.IsNullOrEmpty(from) || ListAuditEventsRequest.TryParseDate(from, out _)).WithMessage("From: " + DateMessage);
        RuleFor(r => r.To)
            .Must(to => string.IsNullOrEmpty(to) || ListAuditEventsRequest.TryParseDate(to, out _)).WithMessage("To: " + DateMessage);
        RuleFor(r => r)
            .Must(r => !ListAuditEventsRequest.TryParseDate(r.From, out var from) || !ListAuditEventsRequest.TryParseDate(r.To, out var to) || from <= to)
            .OverridePropertyName("to").WithMessage("The end date is before the start date.");
        RuleFor(r => r.Zone)
            .Must(zone => ListAuditEventsRequest.TryFindZone(zone, out _))
            .WithMessage("Time zone: enter an IANA time zone such as Europe/London, or leave it empty for UTC.");
        RuleFor(r => r.Page).ValidPage();
    }
}
