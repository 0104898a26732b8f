using System.Net;
using System.Net.Http.Json;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class BookOnBehalfTests(AppointmentsHost host)
{
    private const string Nine = "2027-03-01T09:00:00+00:00";

    private static string Details(Clinic clinic, string start, Guid? practitionerId = null) =>
        $"/reception/book/details?locationId={clinic.LocationId}&serviceId={clinic.ServiceId}&practitionerId={practitionerId}&start={Uri.EscapeDataString(start)}";

    /// <summary>Fills the details form as the desk would, on the page it was loaded from.</summary>
    private static async Task<HttpResponseMessage> BookAsync(ReceptionBrowser desk, Clinic clinic, string start, Dictionary<string, string> customer, string source = "phone", string? key = null)
    {
        var page = Details(clinic, start);
        var form = await desk.DocumentAsync(page);
        var fields = new Dictionary<string, string>(customer)
        {
            ["locationId"] = clinic.LocationId.ToString(), ["serviceId"] = clinic.ServiceId.ToString(), ["practitionerId"] = "",
            ["start"] = start, ["source"] = source, ["notes"] = "Booked at the desk",
            ["bookingKey"] = key ?? form.QuerySelector("input[name=bookingKey]")!.GetAttribute("value")!,
        };
        return await desk.SubmitAsync(page, "/reception/book", fields);
    }

    private static Dictionary<string, string> NewCustomer(string name = "Mary Somerville", string email = "") => new()
    {
        ["customerId"] = "", ["name"] = name, ["email"] = email.Length > 0 ? email : $"mary-{Guid.NewGuid():N}@patients.test", ["phone"] = "+44 20 7946 0999",
    };

    private static Guid BookedId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Booking answered {(int)response.StatusCode}");
        return Guid.Parse(response.Headers.Location!.OriginalString["/reception/book/".Length..]);
    }

    [Theory]
    [InlineData("phone", "Phone")]
    [InlineData("walk_in", "Walk in")]
    [InlineData("email", "Email")]
    public async Task The_desk_books_a_new_customer_by_each_source_and_reads_back_the_reference(string source, string label)
    {
        var clinic = await MondayClinicAsync(host);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var id = BookedId(await BookAsync(desk, clinic, Nine, NewCustomer(), source));
        var result = await desk.DocumentAsync($"/reception/book/{id}");

        var appointment = await GetAsync(host, id);
        Assert.Equal(source, appointment.GetProperty("source").GetString());
        Assert.Equal(Nine, appointment.GetProperty("start").GetString());
        Assert.Equal(appointment.GetProperty("reference").GetString(), result.QuerySelector("[data-testid=booked-reference]")!.TextContent);
        Assert.Equal(label, result.QuerySelector("[data-testid=booked-source]")!.TextContent);
        Assert.Equal("Mary Somerville", result.QuerySelector("[data-testid=booked-customer]")!.TextContent);
        Assert.Equal($"/reception?locationId={clinic.LocationId}&date={Monday}", result.QuerySelector("[data-testid=booked-day-list]")!.GetAttribute("href"));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'appointment.booked' and record_id = @Id and actor_id = @Actor",
            new { Id = id.ToString(), Actor = desk.StaffId.ToString() }));
    }

    [Fact]
    public async Task The_first_step_offers_the_days_free_times_of_a_staff_only_service()
    {
        var clinic = await MondayClinicAsync(host, visibility: "internal");
        await ReceptionClinics.BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var page = await desk.DocumentAsync($"/reception/book?locationId={clinic.LocationId}&serviceId={clinic.ServiceId}&date={Monday}");

        var times = page.QuerySelectorAll("[data-testid=book-time]").Select(t => t.TextContent).ToList();
        Assert.Equal("09:30", times[0]);
        Assert.Equal("16:30", times[^1]);
        Assert.Contains("(staff only)", page.QuerySelector("[data-testid=book-service] option[selected]")!.TextContent);
        Assert.Equal(Details(clinic, "2027-03-01T09:30:00+00:00"), page.QuerySelector("[data-testid=book-time]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_customer_found_by_search_is_booked_without_typing_their_details_again()
    {
        var clinic = await MondayClinicAsync(host);
        var surname = $"Hopper{Guid.NewGuid():N}"[..14];
        var earlier = await ReceptionClinics.BookAsync(host, clinic, "2027-03-01T15:00:00Z", $"Grace {surname}");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var search = await desk.SubmitAsync(Details(clinic, Nine), "/reception/book/customers", new()
        {
            ["locationId"] = clinic.LocationId.ToString(), ["serviceId"] = clinic.ServiceId.ToString(), ["start"] = Nine, ["q"] = surname.ToLowerInvariant(),
        }, htmx: true);
        var results = await ReceptionBrowser.ParseAsync(search);
        var match = Assert.Single(results.QuerySelectorAll("[data-testid=customer-match]"));
        var id = BookedId(await BookAsync(desk, clinic, Nine, new() { ["customerId"] = match.QuerySelector("input")!.GetAttribute("value")! }));

        Assert.Contains(earlier.Email, match.TextContent);
        Assert.Equal(earlier.CustomerId, (await GetAsync(host, id)).GetProperty("customerId").GetGuid());
    }

    [Fact]
    public async Task A_time_taken_meanwhile_answers_409_with_the_days_other_times_and_keeps_what_was_typed()
    {
        var clinic = await MondayClinicAsync(host);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        await desk.DocumentAsync(Details(clinic, Nine));
        await ReceptionClinics.BookAsync(host, clinic, "2027-03-01T09:00:00Z", "Quicker Caller");

        var taken = await BookAsync(desk, clinic, Nine, NewCustomer("Caroline Herschel"));
        var page = await ReceptionBrowser.ParseAsync(taken);
        var others = page.QuerySelectorAll("[data-testid=book-other-time]").Select(t => t.GetAttribute("value")).ToList();
        var again = await BookAsync(desk, clinic, others[0]!, NewCustomer("Caroline Herschel"));

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("09:00 was just taken", page.QuerySelector("[data-testid=book-problem]")!.TextContent);
        Assert.Equal("2027-03-01T09:30:00+00:00", others[0]);
        Assert.DoesNotContain(Nine, others);
        Assert.Equal("Caroline Herschel", page.QuerySelector("[data-testid=customer-name]")!.GetAttribute("value"));
        Assert.Equal("Booked at the desk", page.QuerySelector("[data-testid=book-notes]")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=hidden][name=start]"));
        Assert.Equal("2027-03-01T09:30:00+00:00", (await GetAsync(host, BookedId(again))).GetProperty("start").GetString());
    }

    [Fact]
    public async Task Missing_or_wrong_details_are_shown_next_to_their_fields_and_nothing_is_booked()
    {
        var clinic = await MondayClinicAsync(host);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var response = await BookAsync(desk, clinic, Nine, new() { ["customerId"] = "", ["name"] = "", ["email"] = "not-an-email", ["phone"] = "call me" }, source: "fax");
        var page = await ReceptionBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Enter the customer's name.", page.QuerySelector("[data-testid='customer.name-error']")!.TextContent);
        Assert.Equal("Enter a valid email address.", page.QuerySelector("[data-testid='customer.email-error']")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid='customer.phone-error']"));
        Assert.NotNull(page.QuerySelector("[data-testid=source-error]"));
        Assert.Equal("not-an-email", page.QuerySelector("[data-testid=customer-email]")!.GetAttribute("value"));
        var list = await ClinicBuilder.ReadAsync(await host.Admin().GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}"));
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Sending_the_same_form_twice_books_once()
    {
        var clinic = await MondayClinicAsync(host);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var key = Guid.NewGuid().ToString();
        var customer = NewCustomer();

        var first = BookedId(await BookAsync(desk, clinic, Nine, customer, key: key));
        var second = BookedId(await BookAsync(desk, clinic, Nine, customer, key: key));

        Assert.Equal(first, second);
        var list = await ClinicBuilder.ReadAsync(await host.Admin().GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}"));
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Practitioners_cannot_book_on_behalf_and_the_desk_books_only_at_its_own_locations()
    {
        var clinic = await MondayClinicAsync(host);
        var practitioner = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);
        var elsewhere = await ReceptionBrowser.SignInAsync(host, "reception", [Guid.NewGuid()]);
        var fields = new Dictionary<string, string>(NewCustomer())
        {
            ["locationId"] = clinic.LocationId.ToString(), ["serviceId"] = clinic.ServiceId.ToString(), ["start"] = Nine, ["source"] = "phone",
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/reception/book")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.SubmitAsync("/reception", "/reception/book", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(Details(clinic, Nine))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.SubmitAsync("/reception/book", "/reception/book", fields)).StatusCode);
        var list = await ClinicBuilder.ReadAsync(await host.Admin().GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}"));
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}
