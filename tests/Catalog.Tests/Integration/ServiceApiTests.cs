using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class ServiceApiTests(CatalogHost host)
{
    private static readonly string[] ContractFields =
    [
        "id", "name", "durationMinutes", "stepMinutes", "bufferBeforeMinutes", "bufferAfterMinutes", "priceCents", "currency",
        "locationIds", "practitionerIds", "visibility", "requiresApproval", "minNoticeMinutes", "maxAdvanceDays", "cancellationWindowHours",
    ];

    [Fact]
    public async Task A_service_with_only_the_required_fields_gets_the_contract_defaults()
    {
        var location = await host.CreateLocationAsync();
        var practitioner = await host.CreatePractitionerAsync(location);

        var response = await host.Admin().PostAsJsonAsync("/api/v1/services", CatalogBodies.Service([location], [practitioner]));

        AssertStatus(HttpStatusCode.Created, response);
        var service = await CatalogHost.ReadAsync(response);
        Assert.Equal($"/api/v1/services/{service.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.All(ContractFields, f => Assert.True(service.TryGetProperty(f, out _), $"missing {f}"));
        Assert.Equal(15, service.GetProperty("stepMinutes").GetInt32());
        Assert.Equal(0, service.GetProperty("bufferBeforeMinutes").GetInt32());
        Assert.Equal(0, service.GetProperty("bufferAfterMinutes").GetInt32());
        Assert.Equal(90, service.GetProperty("maxAdvanceDays").GetInt32());
        Assert.Equal(24, service.GetProperty("cancellationWindowHours").GetInt32());
        Assert.Equal(0, service.GetProperty("minNoticeMinutes").GetInt32());
        Assert.False(service.GetProperty("requiresApproval").GetBoolean());
        Assert.Equal([location], service.GetProperty("locationIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal([practitioner], service.GetProperty("practitionerIds").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task Every_field_is_stored_and_answered_and_an_update_is_audited_with_before_and_after()
    {
        var location = await host.CreateLocationAsync();
        var roomType = await host.CreateRoomTypeAsync();
        var body = CatalogBodies.Service([location], []) with
        {
            category = "Physiotherapy", description = "Assessment & treatment", stepMinutes = 30, bufferBeforeMinutes = 5, bufferAfterMinutes = 10,
            roomTypeId = roomType, visibility = "seasonal", seasonStart = "2027-06-01", seasonEnd = "2027-08-31", requiresApproval = true,
            minNoticeMinutes = 120, maxAdvanceDays = 730, cancellationWindowHours = 48, prepNotes = "Wear loose clothing.", followUpRule = "Review after 6 weeks",
        };
        var id = (await host.CreateServiceAsync(CatalogBodies.Service([location], []))).GetProperty("id").GetGuid();

        var updated = await CatalogHost.ReadAsync(await host.Admin().PutAsJsonAsync($"/api/v1/services/{id}", body));

        var expected = JsonSerializer.SerializeToElement(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        foreach (var field in expected.EnumerateObject().Where(f => f.Name is not ("locationIds" or "practitionerIds")))
        {
            Assert.Equal(field.Value.ToString(), updated.GetProperty(field.Name).ToString());
        }
        var changes = await host.ScalarAsync<string>("select changes::text from kernel.audit_events where action = 'service.updated' and record_id = @Id", new { Id = id.ToString() });
        using var audit = JsonDocument.Parse(changes);
        Assert.Equal("public", audit.RootElement.GetProperty("before").GetProperty("visibility").GetString());
        Assert.Equal("seasonal", audit.RootElement.GetProperty("after").GetProperty("visibility").GetString());
    }

    public static TheoryData<string, Func<CatalogBodies.ServiceBody, CatalogBodies.ServiceBody>> BadServices => new()
    {
        { "durationMinutes", s => s with { durationMinutes = 7 } },
        { "durationMinutes", s => s with { durationMinutes = 0 } },
        { "durationMinutes", s => s with { durationMinutes = 485 } },
        { "durationMinutes", s => s with { durationMinutes = null } },
        { "stepMinutes", s => s with { stepMinutes = 7 } },
        { "bufferAfterMinutes", s => s with { bufferAfterMinutes = -5 } },
        { "priceCents", s => s with { priceCents = -1 } },
        { "currency", s => s with { currency = "gbp" } },
        { "currency", s => s with { currency = "POUND" } },
        { "visibility", s => s with { visibility = "secret" } },
        { "seasonStart", s => s with { visibility = "seasonal", seasonEnd = "2027-08-31" } },
        { "seasonEnd", s => s with { visibility = "seasonal", seasonStart = "2027-06-01" } },
        { "seasonEnd", s => s with { visibility = "seasonal", seasonStart = "2027-06-01", seasonEnd = "2027-05-31" } },
        { "seasonStart", s => s with { seasonStart = "June" } },
        { "maxAdvanceDays", s => s with { maxAdvanceDays = 0 } },
        { "maxAdvanceDays", s => s with { maxAdvanceDays = 731 } },
        { "minNoticeMinutes", s => s with { minNoticeMinutes = -1 } },
        { "cancellationWindowHours", s => s with { cancellationWindowHours = -1 } },
        { "name", s => s with { name = new string('n', 201) } },
        { "description", s => s with { description = new string('d', 4001) } },
        { "prepNotes", s => s with { prepNotes = new string('p', 4001) } },
        { "roomTypeId", s => s with { roomTypeId = Guid.NewGuid() } },
        { "locationIds", s => s with { locationIds = [Guid.NewGuid()] } },
        { "locationIds", s => s with { locationIds = null } },
        { "practitionerIds", s => s with { practitionerIds = [Guid.NewGuid()] } },
    };

    [Theory]
    [MemberData(nameof(BadServices))]
    public async Task Bad_service_fields_answer_422_naming_the_field(string field, Func<CatalogBodies.ServiceBody, CatalogBodies.ServiceBody> change)
    {
        var location = await host.CreateLocationAsync();

        var response = await host.Admin().PostAsJsonAsync("/api/v1/services", change(CatalogBodies.Service([location], [])));

        await AssertInvalidAsync(response, field);
    }

    [Fact]
    public async Task Anonymous_callers_see_public_and_in_season_services_at_live_locations_only()
    {
        var live = await host.CreateLocationAsync();
        var notLive = await host.CreateLocationAsync(live: false);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var services = new Dictionary<string, Guid>();
        foreach (var (key, body) in new (string, CatalogBodies.ServiceBody)[]
        {
            ("public", CatalogBodies.Service([live], [])),
            ("internal", CatalogBodies.Service([live], []) with { visibility = "internal" }),
            ("inactive", CatalogBodies.Service([live], []) with { visibility = "inactive" }),
            ("in-season", CatalogBodies.Service([live], []) with { visibility = "seasonal", seasonStart = Day(today, -10), seasonEnd = Day(today, 10) }),
            ("season-over", CatalogBodies.Service([live], []) with { visibility = "seasonal", seasonStart = Day(today, -30), seasonEnd = Day(today, -2) }),
            ("season-beyond-horizon", CatalogBodies.Service([live], []) with { visibility = "seasonal", seasonStart = Day(today, 100), seasonEnd = Day(today, 120) }),
            ("not-live-only", CatalogBodies.Service([notLive], [])),
        })
        {
            services[key] = (await host.CreateServiceAsync(body)).GetProperty("id").GetGuid();
        }

        var anonymous = await ListIdsAsync(host.Anonymous(), live);
        var reception = await ListIdsAsync(await host.StaffAsync("reception", live), live);
        var admin = await ListIdsAsync(host.Admin(), live);

        Assert.Equal(Ids(services, "public", "in-season"), anonymous.Order());
        Assert.Equal(Ids(services, "public", "internal", "in-season", "season-over", "season-beyond-horizon"), reception.Order());
        Assert.Equal(Ids(services, "public", "internal", "inactive", "in-season", "season-over", "season-beyond-horizon"), admin.Order());
        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/api/v1/services/{services["internal"]}"));
        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/api/v1/services/{services["not-live-only"]}"));
        AssertStatus(HttpStatusCode.NotFound, await (await host.StaffAsync("clinic_manager", live)).GetAsync($"/api/v1/services/{services["inactive"]}"));
        AssertStatus(HttpStatusCode.OK, await host.Admin().GetAsync($"/api/v1/services/{services["inactive"]}"));
        AssertStatus(HttpStatusCode.OK, await (await host.StaffAsync("reception", notLive)).GetAsync($"/api/v1/services/{services["not-live-only"]}"));
        AssertStatus(HttpStatusCode.NotFound, await (await host.StaffAsync("reception", live)).GetAsync($"/api/v1/services/{services["not-live-only"]}"));
    }

    [Fact]
    public async Task Anonymous_callers_are_not_told_about_locations_that_are_not_live()
    {
        var live = await host.CreateLocationAsync();
        var notLive = await host.CreateLocationAsync(live: false);
        var id = (await host.CreateServiceAsync(CatalogBodies.Service([live, notLive], []))).GetProperty("id").GetGuid();

        var anonymous = await CatalogHost.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/services/{id}"));
        var admin = await CatalogHost.ReadAsync(await host.Admin().GetAsync($"/api/v1/services/{id}"));

        Assert.Equal([live], anonymous.GetProperty("locationIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(2, admin.GetProperty("locationIds").GetArrayLength());
        Assert.Empty((await ListIdsAsync(host.Anonymous(), notLive)));
    }

    [Fact]
    public async Task Only_admins_change_services_and_unknown_ids_answer_404()
    {
        var location = await host.CreateLocationAsync();
        var id = (await host.CreateServiceAsync(CatalogBodies.Service([location], []))).GetProperty("id").GetGuid();
        var manager = await host.StaffAsync("clinic_manager", location);

        AssertStatus(HttpStatusCode.Forbidden, await manager.PutAsJsonAsync($"/api/v1/services/{id}", CatalogBodies.Service([location], [])));
        AssertStatus(HttpStatusCode.Forbidden, await manager.PostAsJsonAsync("/api/v1/services", CatalogBodies.Service([location], [])));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PutAsJsonAsync($"/api/v1/services/{Guid.NewGuid()}", CatalogBodies.Service([location], [])));
        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/api/v1/services/{Guid.NewGuid()}"));
    }

    private static string Day(DateOnly today, int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<Guid> Ids(Dictionary<string, Guid> services, params string[] keys) => keys.Select(k => services[k]).Order();

    private static async Task<List<Guid>> ListIdsAsync(HttpClient client, Guid locationId)
    {
        var list = await CatalogHost.ReadAsync(await client.GetAsync($"/api/v1/services?locationId={locationId}"));
        return list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
    }
}
