namespace WellPath.Catalog.AddRoom;

internal sealed record AddRoomRequest(string? Name, Guid? RoomTypeId, bool? Active);
