namespace WellPath.Catalog.Shared;

/// <summary>A choice in an admin form or filter. Public because admin page components take lists of them as parameters.</summary>
public sealed record CatalogOption(Guid Id, string Name);
