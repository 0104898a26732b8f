namespace WellPath.Catalog.AddClosure;

/// <summary>A whole local date, or the local time range <c>start</c>-<c>end</c> on it.</summary>
internal sealed record AddClosureRequest(string? Date, string? Start, string? End, string? Reason);
