using System.Net;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class CustomerSearchTests(AppointmentsHost host)
{
    private const string Nine = "2027-03-01T09:00:00+00:00";

    private static Task<HttpResponseMessage> SearchAsync(ReceptionBrowser browser, Clinic clinic, string query, string page = "") =>
        browser.SubmitAsync(
            page.Length > 0 ? page : $"/reception/book/details?locationId={clinic.LocationId}&serviceId={clinic.ServiceId}&start={Uri.EscapeDataString(Nine)}",
            "/reception/book/customers",
            new() { ["locationId"] = clinic.LocationId.ToString(), ["serviceId"] = clinic.ServiceId.ToString(), ["start"] = Nine, ["q"] = query },
            htmx: true);

    private static async Task<List<string>> MatchesAsync(HttpResponseMessage response) =>
        (await ReceptionBrowser.ParseAsync(response)).QuerySelectorAll("[data-testid=customer-match] input").Select(i => i.GetAttribute("value")!).ToList();

    [Fact]
    public async Task The_desk_finds_a_customer_by_name_email_or_phone_digits_and_each_customer_found_is_audited()
    {
        var clinic = await MondayClinicAsync(host);
        var unique = Guid.NewGuid().ToString("N")[..10];
        var booked = await BookAsync(host, clinic, "2027-03-01T15:00:00Z", $"Emmy Noether{unique}");
        var digits = $"9{Random.Shared.Next(1_000_000, 9_999_999)}";
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("update access.customers set phone = @Phone where id = @Id", new { Phone = $"+44 ({digits[..4]}) {digits[4..]}", Id = booked.CustomerId });
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var byName = await MatchesAsync(await SearchAsync(desk, clinic, $"NOETHER{unique}"));
        var byEmail = await MatchesAsync(await SearchAsync(desk, clinic, booked.Email[..20]));
        var byPhone = await MatchesAsync(await SearchAsync(desk, clinic, $"{digits[..4]}-{digits[4..]}"));

        var id = booked.CustomerId.ToString();
        Assert.Equal([id], byName);
        Assert.Equal([id], byEmail);
        Assert.Equal([id], byPhone);
        Assert.Equal(3, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.searched' and record_id = @id and actor_id = @Actor",
            new { id, Actor = desk.StaffId.ToString() }));
    }

    [Fact]
    public async Task A_search_that_finds_nobody_leaves_no_trace_and_a_short_one_asks_for_more()
    {
        var clinic = await MondayClinicAsync(host);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var nobody = $"nobody-{Guid.NewGuid():N}";

        var none = await SearchAsync(desk, clinic, nobody);
        var tooShort = await SearchAsync(desk, clinic, "ab");

        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("No customer matches", (await ReceptionBrowser.ParseAsync(none)).QuerySelector("[data-testid=customer-search-message]")!.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("Type 3 to 100 characters", (await ReceptionBrowser.ParseAsync(tooShort)).QuerySelector("[data-testid=customer-search-message]")!.TextContent);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.searched' and changes->>'query' = @nobody", new { nobody }));
    }

    [Fact]
    public async Task Wildcards_in_a_search_are_taken_literally()
    {
        var clinic = await MondayClinicAsync(host);
        await BookAsync(host, clinic, "2027-03-01T15:00:00Z", "Percent Person");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        Assert.Empty(await MatchesAsync(await SearchAsync(desk, clinic, "%%%")));
        Assert.Empty(await MatchesAsync(await SearchAsync(desk, clinic, "___")));
    }

    [Fact]
    public async Task Practitioners_may_not_search_customers()
    {
        var clinic = await MondayClinicAsync(host);
        var practitioner = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);

        var response = await SearchAsync(practitioner, clinic, "Lovelace", page: "/reception");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
