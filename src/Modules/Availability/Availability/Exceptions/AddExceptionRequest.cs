namespace WellPath.Availability.Exceptions;

internal sealed record AddExceptionRequest(string? Kind, string? Reason, Guid? LocationId, string? Start, string? End);
