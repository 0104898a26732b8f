namespace WellPath.Catalog.CreateRoomType;

internal sealed record CreateRoomTypeRequest(string? Name);
