using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class StaffApiTests(AccessHost host)
{
    [Fact]
    public async Task An_admin_creates_a_staff_account_scoped_to_locations()
    {
        var location = Guid.NewGuid();

        var response = await host.Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = "Reception.Desk@Clinic.test", name = "Rita Reception", role = "reception", locationIds = new[] { location },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var staff = (await response.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!;
        Assert.Equal("reception", staff.Role);
        Assert.Equal([location], staff.LocationIds);
        Assert.True(staff.Active);
        Assert.Equal($"/api/v1/staff/{staff.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(7, staff.Id.Version);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'staff.created' and record_id = @Id and actor_id = 'bootstrap-admin'",
            new { Id = staff.Id.ToString() }));
    }

    [Fact]
    public async Task The_same_email_in_another_case_is_a_conflict()
    {
        var email = $"dup-{Guid.NewGuid():N}@clinic.test";
        await host.CreateStaffAsync("operations", email: email);

        var response = await host.Admin().PostAsJsonAsync("/api/v1/staff", new { email = email.ToUpperInvariant(), name = "Again", role = "operations", locationIds = Array.Empty<Guid>() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Bad_fields_answer_422_naming_each_field()
    {
        var response = await host.Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = "not-an-email", name = new string('x', 201), role = "customer", locationIds = new[] { Guid.Empty },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "email", "name", "role", "locationIds" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task A_practitioner_account_must_name_its_practitioner()
    {
        var response = await host.Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"p-{Guid.NewGuid():N}@clinic.test", name = "Pat", role = "practitioner", locationIds = new[] { Guid.NewGuid() },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("practitionerId", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sql_and_script_in_a_name_are_stored_as_text()
    {
        const string hostile = "Robert'); drop table access.staff;-- <script>alert(1)</script>";

        var response = await host.Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"bobby-{Guid.NewGuid():N}@clinic.test", name = hostile, role = "operations", locationIds = Array.Empty<Guid>(),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(hostile, (await response.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!.Name);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<int>("select count(*) from access.staff") > 0);
    }

    [Fact]
    public async Task Malformed_json_answers_400()
    {
        var response = await host.Admin().PostAsync("/api/v1/staff", new StringContent("{\"email\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
