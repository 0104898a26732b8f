using System.Net;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Access.Tests.Integration;

public sealed class DemoDataTests
{
    [Fact]
    public async Task A_fresh_database_gets_one_demo_account_per_staff_role_once_and_each_can_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync("demo");
        var settings = new Dictionary<string, string?> { ["WELLPATH_DEMO_DATA"] = "true", ["WELLPATH_JOBS"] = "false", ["WELLPATH_COOKIE_SECURE"] = "false" };
        await using (var first = new WellPathFactory(database.ConnectionString, settings))
        {
            var browser = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            foreach (var role in new[] { "admin", "operations", "manager", "reception", "practitioner" })
            {
                var password = $"wellpath-demo-{(role == "manager" ? "clinic-manager" : role)}";
                var response = await SignInForms.SignInAsync(browser, $"{role}@wellpath.demo", password);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} could not sign in: {response.StatusCode}");
            }
        }

        await using (var second = new WellPathFactory(database.ConnectionString, settings))
        {
            _ = second.Server;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        Assert.Equal(5, await connection.ExecuteScalarAsync<int>("select count(*) from access.staff"));
        Assert.Equal("loaded", await connection.ExecuteScalarAsync<string>("select value from kernel.settings where key = 'demo_data'"));
    }

    [Fact]
    public async Task Demo_data_can_be_switched_off()
    {
        await using var database = await TestDatabase.CreateAsync("nodemo");
        await using (var factory = new WellPathFactory(database.ConnectionString, new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false" }))
        {
            _ = factory.Server;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from access.staff"));
    }
}
