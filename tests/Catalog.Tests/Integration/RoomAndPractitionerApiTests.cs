using System.Net;
using System.Net.Http.Json;
using Npgsql;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class RoomAndPractitionerApiTests(CatalogHost host)
{
    [Fact]
    public async Task Room_types_are_created_once_per_name_and_listed_for_staff()
    {
        var name = $"Treatment room {Guid.NewGuid():N}";

        var response = await host.Admin().PostAsJsonAsync("/api/v1/room-types", new { name });
        var again = await host.Admin().PostAsJsonAsync("/api/v1/room-types", new { name = name.ToUpperInvariant() });

        AssertStatus(HttpStatusCode.Created, response);
        var created = await CatalogHost.ReadAsync(response);
        Assert.Equal(["id", "name"], created.EnumerateObject().Select(p => p.Name));
        AssertStatus(HttpStatusCode.Conflict, again);
        var list = await CatalogHost.ReadAsync(await (await host.StaffAsync("reception", Guid.NewGuid())).GetAsync("/api/v1/room-types"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), t => t.GetProperty("name").GetString() == name);
        await AssertInvalidAsync(await host.Admin().PostAsJsonAsync("/api/v1/room-types", new { name = "" }), "name");
    }

    [Fact]
    public async Task A_room_is_created_at_a_location_with_a_known_type_and_listed_by_name()
    {
        var location = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();

        var response = await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room B", roomTypeId = type });
        await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room A", roomTypeId = type, active = false });

        AssertStatus(HttpStatusCode.Created, response);
        var room = await CatalogHost.ReadAsync(response);
        Assert.Equal(["id", "locationId", "roomTypeId", "name", "active"], room.EnumerateObject().Select(p => p.Name));
        Assert.Equal(location, room.GetProperty("locationId").GetGuid());
        Assert.True(room.GetProperty("active").GetBoolean());
        var list = await CatalogHost.ReadAsync(await host.Admin().GetAsync($"/api/v1/locations/{location}/rooms"));
        Assert.Equal(["Room A", "Room B"], list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(1, await host.ScalarAsync<int>("select count(*) from kernel.audit_events where action = 'room.created' and record_id = @Id", new { Id = room.GetProperty("id").GetGuid().ToString() }));
    }

    [Fact]
    public async Task A_location_without_rooms_lists_none()
    {
        var location = await host.CreateLocationAsync();

        var list = await CatalogHost.ReadAsync(await host.Admin().GetAsync($"/api/v1/locations/{location}/rooms"));

        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_room_of_an_unknown_type_answers_422()
    {
        var location = await host.CreateLocationAsync();

        await AssertInvalidAsync(await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room", roomTypeId = Guid.NewGuid() }), "roomTypeId");
        await AssertInvalidAsync(await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "" }), "name", "roomTypeId");
    }

    [Fact]
    public async Task The_database_refuses_a_room_whose_location_or_type_does_not_exist()
    {
        var location = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();
        await using var connection = await host.DataSource.OpenConnectionAsync();

        async Task<string?> InsertAsync(Guid locationId, Guid typeId)
        {
            await using var command = new NpgsqlCommand(
                "insert into catalog.rooms (id, location_id, room_type_id, name, created_at, updated_at) values (gen_random_uuid(), @l, @t, 'x', now(), now())", connection);
            command.Parameters.AddWithValue("l", locationId);
            command.Parameters.AddWithValue("t", typeId);
            try
            {
                await command.ExecuteNonQueryAsync();
                return null;
            }
            catch (PostgresException ex)
            {
                return ex.SqlState;
            }
        }

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await InsertAsync(location, Guid.NewGuid()));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await InsertAsync(Guid.NewGuid(), type));
        Assert.Null(await InsertAsync(location, type));
    }

    [Fact]
    public async Task The_database_refuses_overlapping_opening_hours()
    {
        var location = await host.CreateLocationAsync();
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("insert into catalog.opening_hours values (@l, 1, '11:00', '14:00')", connection);
        command.Parameters.AddWithValue("l", location);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, refused.SqlState);
    }

    [Theory]
    [InlineData("date", """{"reason":"Closed"}""")]
    [InlineData("date", """{"date":"25/12/2027","reason":"Closed"}""")]
    [InlineData("reason", """{"date":"2027-12-25"}""")]
    [InlineData("start", """{"date":"2027-12-25","start":"9:00am","end":"12:00","reason":"Training"}""")]
    [InlineData("end", """{"date":"2027-12-25","start":"09:00","reason":"Training"}""")]
    [InlineData("end", """{"date":"2027-12-25","start":"12:00","end":"09:00","reason":"Training"}""")]
    public async Task Bad_closures_answer_422_naming_the_field(string field, string body)
    {
        var location = await host.CreateLocationAsync();

        var response = await host.Admin().PostAsync($"/api/v1/locations/{location}/closures", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertInvalidAsync(response, field);
    }

    [Fact]
    public async Task A_closure_of_part_of_a_day_answers_its_id_and_is_audited()
    {
        var location = await host.CreateLocationAsync();

        var response = await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/closures", new { date = "2027-06-01", start = "12:00", end = "14:00", reason = "Staff training" });

        AssertStatus(HttpStatusCode.Created, response);
        var id = (await CatalogHost.ReadAsync(response)).GetProperty("id").GetGuid();
        Assert.Equal("12:00:00-14:00:00", await host.ScalarAsync<string>("select start_time::text || '-' || end_time::text from catalog.closures where id = @id", new { id }));
        Assert.Equal(1, await host.ScalarAsync<int>("select count(*) from kernel.audit_events where action = 'closure.created' and record_id = @Id", new { Id = id.ToString() }));
    }

    [Fact]
    public async Task A_practitioner_works_at_known_locations_and_staff_see_those_of_their_scope()
    {
        var here = await host.CreateLocationAsync();
        var there = await host.CreateLocationAsync();
        var staffId = Guid.NewGuid();

        var response = await host.Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr Ada Lovelace", email = "ada@wellpath.test", locationIds = new[] { here }, staffId });

        AssertStatus(HttpStatusCode.Created, response);
        var practitioner = await CatalogHost.ReadAsync(response);
        var id = practitioner.GetProperty("id").GetGuid();
        Assert.Equal(["id", "name", "email", "staffId", "locationIds", "active"], practitioner.EnumerateObject().Select(p => p.Name));
        Assert.Equal(staffId, practitioner.GetProperty("staffId").GetGuid());
        AssertStatus(HttpStatusCode.OK, await (await host.StaffAsync("reception", here)).GetAsync($"/api/v1/practitioners/{id}"));
        AssertStatus(HttpStatusCode.NotFound, await (await host.StaffAsync("reception", there)).GetAsync($"/api/v1/practitioners/{id}"));
        AssertStatus(HttpStatusCode.Conflict, await host.Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "Twin", locationIds = new[] { here }, staffId }));
    }

    [Fact]
    public async Task A_practitioner_at_an_unknown_location_answers_422()
    {
        var response = await host.Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr Nowhere", locationIds = new[] { Guid.NewGuid() } });

        await AssertInvalidAsync(response, "locationIds");
        await AssertInvalidAsync(await host.Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr", email = "x" }), "email", "locationIds");
    }
}
