namespace WellPath.Access.Shared;

/// <summary>One page of a list; <see cref="NextPage"/> is set when there is more.</summary>
internal sealed record ItemsResponse<T>(IReadOnlyList<T> Items, int? NextPage);
