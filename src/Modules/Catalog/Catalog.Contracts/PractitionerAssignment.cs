namespace WellPath.Catalog.Contracts;

/// <summary>A practitioner and the locations they are assigned to (active locations only).</summary>
public sealed record PractitionerAssignment(Guid Id, string Name, bool Active, IReadOnlyList<Guid> LocationIds);
