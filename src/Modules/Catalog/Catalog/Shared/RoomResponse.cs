namespace WellPath.Catalog.Shared;

internal sealed record RoomResponse(Guid Id, Guid LocationId, Guid RoomTypeId, string Name, bool Active);
