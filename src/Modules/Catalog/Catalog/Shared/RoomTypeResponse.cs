namespace WellPath.Catalog.Shared;

internal sealed record RoomTypeResponse(Guid Id, string Name);
