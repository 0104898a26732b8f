using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.DemoData;

/// <summary>Writes generated demo data straight into the schema, in the caller's transaction.</summary>
internal static class CatalogDemoWriter
{
    private const string LocationSql = """
        insert into catalog.locations (id, name, time_zone, address, phone, email, active, live, created_at, updated_at)
        values (@Id, @Name, @TimeZone, @Address, @Phone, @Email, true, @Live, @Now, @Now)
        """;

    private const string ClosureSql = """
        insert into catalog.closures (id, location_id, date, start_time, end_time, reason, created_at)
        values (@Id, @LocationId, @Date::date, @Start::time, @End::time, @Reason, @Now)
        """;

    private const string RoomTypeSql = "insert into catalog.room_types (id, name, created_at) values (@Id, @Name, @Now)";

    private const string RoomSql = """
        insert into catalog.rooms (id, location_id, room_type_id, name, active, created_at, updated_at)
        values (@Id, @LocationId, @RoomTypeId, @Name, @Active, @Now, @Now)
        """;

    private const string PractitionerSql = """
        insert into catalog.practitioners (id, name, email, active, created_at, updated_at) values (@Id, @Name, @Email, true, @Now, @Now);
        insert into catalog.practitioner_locations (practitioner_id, location_id) select @Id, unnest(@LocationIds);
        """;

    public static async Task WriteAsync(NpgsqlTransaction transaction, CatalogDemoData data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        Task Run(string sql, IEnumerable<object> rows) =>
            connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: cancellationToken));

        await Run(LocationSql, data.Locations.Select(l => new { l.Id, l.Name, l.TimeZone, l.Address, l.Phone, l.Email, l.Live, Now = now }));
        foreach (var location in data.Locations)
        {
            await LocationWriter.ReplaceHoursAsync(transaction, location.Id, location.Hours, cancellationToken);
        }
        await Run(ClosureSql, data.Closures.Select(c => new { c.Id, c.LocationId, c.Date, c.Start, c.End, c.Reason, Now = now }));
        await Run(RoomTypeSql, data.RoomTypes.Select(t => new { t.Id, t.Name, Now = now }));
        await Run(RoomSql, data.Rooms.Select(r => new { r.Id, r.LocationId, r.RoomTypeId, r.Name, r.Active, Now = now }));
        await Run(PractitionerSql, data.Practitioners.Select(p => new { p.Id, p.Name, p.Email, LocationIds = p.LocationIds.ToArray(), Now = now }));
        foreach (var service in data.Services)
        {
            await ServiceWriter.InsertAsync(transaction, service.Id, Request(service), now, cancellationToken);
        }
    }

    private static ServiceRequest Request(DemoService service)
    {
        var item = service.Item;
        var seasonal = item.Visibility == "seasonal";
        return new ServiceRequest(
            item.Name, item.Category, null, item.Duration, item.Step, 0, item.BufferAfter, item.PriceCents, service.Currency, service.RoomTypeId,
            service.LocationIds, service.PractitionerIds, item.Visibility,
            seasonal ? CatalogDemoData.SeasonStart.ToString(LocalFormats.DateFormat, System.Globalization.CultureInfo.InvariantCulture) : null,
            seasonal ? CatalogDemoData.SeasonEnd.ToString(LocalFormats.DateFormat, System.Globalization.CultureInfo.InvariantCulture) : null,
            item.Approval, item.Notice, item.Advance, item.Cancellation, item.Prep, item.FollowUp);
    }
}
