using Dapper;
using Npgsql;
using WellPath.SharedKernel.Modules;
using WellPath.TestSupport;

namespace WellPath.Catalog.Tests.Integration;

public sealed class DemoDataTests
{
    [Fact]
    public async Task A_fresh_database_gets_the_wellpath_group_and_the_demo_staff_point_at_it()
    {
        await using var database = await TestDatabase.CreateAsync("catdemo");
        await using (var factory = new WellPathFactory(database.ConnectionString, new Dictionary<string, string?> { ["WELLPATH_DEMO_DATA"] = "true", ["WELLPATH_JOBS"] = "false" }))
        {
            _ = factory.Server;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        async Task<long> CountAsync(string sql) => await connection.ExecuteScalarAsync<long>(sql);
        Assert.Equal(7, await CountAsync("select count(*) from catalog.locations"));
        Assert.Equal(6, await CountAsync("select count(*) from catalog.locations where time_zone = 'Europe/London'"));
        Assert.Equal(1, await CountAsync("select count(*) from catalog.locations where time_zone = 'America/New_York'"));
        Assert.Equal(6, await CountAsync("select count(*) from catalog.locations where live and active"));
        Assert.Equal(60, await CountAsync("select count(*) from catalog.practitioners"));
        Assert.Equal(70, await CountAsync("select count(*) from catalog.rooms"));
        Assert.Equal(4, await CountAsync("select count(*) from catalog.room_types"));
        Assert.Equal(25, await CountAsync("select count(*) from catalog.services"));
        Assert.Equal(5, await CountAsync("select count(*) from catalog.service_categories"));
        Assert.Equal(7, await CountAsync("select count(distinct location_id) from catalog.opening_hours"));
        Assert.True(await CountAsync("select count(*) from catalog.closures where start_time is null") >= 40);
        Assert.Equal(0, await CountAsync("""
            select count(*) from access.staff_locations sl where not exists (select 1 from catalog.locations l where l.id = sl.location_id)
            """));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "select count(*) from catalog.practitioner_locations where practitioner_id = @Practitioner and location_id = @Location",
            new { Practitioner = DemoIds.Practitioner(1), Location = DemoIds.Location(1) }));
    }
}
