namespace WellPath.Availability.Shared;

/// <summary>A page that only says something: a problem with the request, or why a record cannot be shown.</summary>
internal sealed record PageMessage(string Title, string Message);
