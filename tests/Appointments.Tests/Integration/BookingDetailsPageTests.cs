using System.Net.Http.Json;
using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class BookingDetailsPageTests(AppointmentsHost host)
{
    private const string Monday9 = "2027-03-01T09:00:00+00:00";
    private const string Form = "form[data-testid=details-form]";

    [Fact]
    public async Task The_details_page_shows_the_time_in_the_clinics_zone_with_address_preparation_and_policy()
    {
        var clinic = await CustomerClinics.CreateAsync(host, timeZone: "America/New_York");

        var page = await CustomerBrowser.Open(host).GetAsync(CustomerClinics.Details(clinic, "2027-03-01T14:00:00+00:00"));

        Assert.Equal(200, page.Status);
        Assert.Contains("Monday 1 March 2027, 09:00–09:30", page.Text("summary-when"));
        Assert.Contains("America/New_York", page.Text("summary-when"));
        Assert.Equal(CustomerClinics.Address, page.Text("summary-address"));
        Assert.Equal(CustomerClinics.PrepNotes, page.Text("summary-prep-notes"));
        Assert.Contains("up to 2 days before", page.Text("summary-policy"));
        Assert.Equal("Any available practitioner", page.Text("summary-practitioner"));
        Assert.False(page.Has("taken-notice"));
        Assert.True(page.Has("book-submit"));
    }

    [Theory]
    [InlineData("Name", "", "name-error", "Enter your name.")]
    [InlineData("Name", "201", "name-error", "at most 200 characters")]
    [InlineData("Name", "Ada\u0007", "name-error", "characters we cannot accept")]
    [InlineData("Email", "", "email-error", "Enter your email address")]
    [InlineData("Email", "ada.example.com", "email-error", "like name@example.com")]
    [InlineData("Email", "255", "email-error", "at most 254 characters")]
    [InlineData("Phone", "call me", "phone-error", "digits, spaces")]
    [InlineData("Phone", "41", "phone-error", "at most 40 characters")]
    [InlineData("Notes", "2001", "notes-error", "at most 2000 characters")]
    public async Task Each_invalid_field_is_answered_422_with_its_message_next_to_it_and_nothing_typed_is_lost(
        string field, string value, string errorId, string message)
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var browser = CustomerBrowser.Open(host);
        var typed = CustomerClinics.Ada();
        typed[field] = int.TryParse(value, out var length) ? Long(field, length) : value;

        var answer = await browser.SubmitAsync(await browser.GetAsync(CustomerClinics.Details(clinic, Monday9)), Form, typed);

        Assert.Equal(422, answer.Status);
        Assert.Contains(message, answer.Text(errorId));
        Assert.Equal("true", answer.Document.QuerySelector($"[name={field}]")!.GetAttribute("aria-invalid"));
        Assert.Single(answer.Document.QuerySelectorAll(".field-error"));
        foreach (var other in typed.Keys.Where(k => k != field))
        {
            Assert.Equal(typed[other], answer.Value(other));
        }
        Assert.True(answer.Response.Headers.CacheControl?.NoStore, "A page with a customer's details must not be cached.");
        Assert.Equal(0, await CustomerClinics.CountAsync(host, clinic));
    }

    [Fact]
    public async Task Hostile_input_comes_back_escaped()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var browser = CustomerBrowser.Open(host);
        var typed = CustomerClinics.Ada();
        typed["Name"] = "<script>alert('x')</script>";
        typed["Notes"] = "</textarea><img src=x onerror=alert(1)>";
        typed["Email"] = "not-an-email";

        var answer = await browser.SubmitAsync(await browser.GetAsync(CustomerClinics.Details(clinic, Monday9)), Form, typed);

        Assert.Equal(422, answer.Status);
        Assert.DoesNotContain("<script>alert", answer.Html);
        Assert.DoesNotContain("<img src=x", answer.Html);
        Assert.Empty(answer.Document.QuerySelectorAll("main script, main img"));
        Assert.Equal(typed["Name"], answer.Value("Name"));
        Assert.Equal(typed["Notes"], answer.Value("Notes"));
    }

    [Fact]
    public async Task A_form_post_books_from_the_web_and_the_confirmation_shows_reference_time_address_preparation_policy_and_manage_link()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var browser = CustomerBrowser.Open(host);
        var details = await browser.GetAsync(CustomerClinics.Details(clinic, "2027-05-03T08:00:00Z"));

        var posted = await browser.SubmitAsync(details, Form, CustomerClinics.Ada());
        var confirmation = await browser.FollowAsync(posted);

        Assert.Equal(303, posted.Status);
        Assert.StartsWith("/book/confirmed/", posted.Location);
        Assert.Equal(200, confirmation.Status);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Reference, string Status, string Source, string Notes)>(
            "select reference, status, source, notes from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId });
        Assert.Equal(("confirmed", "web", "First visit."), (stored.Status, stored.Source, stored.Notes));
        Assert.Equal(stored.Reference, confirmation.Text("booking-reference"));
        Assert.Equal("Confirmed", confirmation.Text("booking-status-text"));
        Assert.Contains("Monday 3 May 2027, 09:00–09:30", confirmation.Text("summary-when"));
        Assert.Equal(CustomerClinics.Address, confirmation.Text("summary-address"));
        Assert.Equal(CustomerClinics.PrepNotes, confirmation.Text("summary-prep-notes"));
        Assert.Contains("up to 2 days before", confirmation.Text("summary-policy"));
        var manage = confirmation.Document.QuerySelector("[data-testid=manage-link]")!.GetAttribute("href")!;
        Assert.StartsWith("/bookings/manage/", manage);
        Assert.Equal(stored.Reference, (await browser.GetAsync(manage)).Text("booking-reference"));
    }

    [Fact]
    public async Task A_service_that_needs_approval_confirms_as_waiting_for_the_clinic()
    {
        var clinic = await CustomerClinics.CreateAsync(host, requiresApproval: true);

        var confirmation = await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, Monday9);

        Assert.Equal("Waiting for the clinic to confirm", confirmation.Text("booking-status-text"));
        Assert.True(confirmation.Has("confirmation-requested"));
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_books_once()
    {
        var clinic = await CustomerClinics.CreateAsync(host, practitioners: 2);
        var browser = CustomerBrowser.Open(host);
        var details = await browser.GetAsync(CustomerClinics.Details(clinic, Monday9));

        var first = await browser.SubmitAsync(details, Form, CustomerClinics.Ada("twice@patients.test"));
        var second = await browser.SubmitAsync(details, Form, CustomerClinics.Ada("twice@patients.test"));

        Assert.Equal((303, 303), (first.Status, second.Status));
        Assert.Equal(1, await CustomerClinics.CountAsync(host, clinic));
        Assert.Equal((await browser.FollowAsync(first)).Text("booking-reference"), (await browser.FollowAsync(second)).Text("booking-reference"));
    }

    [Fact]
    public async Task A_time_taken_while_typing_answers_409_with_the_nearest_free_times_and_keeps_the_details()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var browser = CustomerBrowser.Open(host);
        var details = await browser.GetAsync(CustomerClinics.Details(clinic, "2027-03-01T12:00:00+00:00"));
        await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T12:00:00+00:00");
        var typed = CustomerClinics.Ada();

        var taken = await browser.SubmitAsync(details, Form, typed);

        Assert.Equal(409, taken.Status);
        Assert.Contains("while you were filling in your details", taken.Text("taken-notice"));
        var nearest = taken.Document.QuerySelectorAll("[data-testid=nearest-time]").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(
            ["2027-03-01T11:00:00+00:00", "2027-03-01T11:15:00+00:00", "2027-03-01T11:30:00+00:00", "2027-03-01T12:30:00+00:00", "2027-03-01T12:45:00+00:00", "2027-03-01T13:00:00+00:00"],
            nearest);
        Assert.False(taken.Has("book-submit"));
        Assert.All(typed, field => Assert.Equal(field.Value, taken.Value(field.Key)));

        var chosen = await browser.SubmitAsync(taken, Form, button: ("Choose", "2027-03-01T12:30:00+00:00"));

        Assert.Equal(200, chosen.Status);
        Assert.Contains("12:30–13:00", chosen.Text("summary-when"));
        Assert.Equal("2027-03-01T12:30:00+00:00", chosen.Value("Start"));
        Assert.All(typed, field => Assert.Equal(field.Value, chosen.Value(field.Key)));
        var booked = await browser.SubmitAsync(chosen, Form);
        Assert.Equal(303, booked.Status);
        Assert.Contains("12:30–13:00", (await browser.FollowAsync(booked)).Text("summary-when"));
    }

    [Fact]
    public async Task Nearest_times_keep_the_chosen_practitioner()
    {
        var clinic = await CustomerClinics.CreateAsync(host, practitioners: 2);
        var chosen = clinic.PractitionerIds[1];
        await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start = Monday9, practitionerId = chosen,
            customer = new { name = "Bob", email = "bob@patients.test" },
        });

        var page = await CustomerBrowser.Open(host).GetAsync(CustomerClinics.Details(clinic, Monday9, chosen));

        Assert.Contains("not free any more", page.Text("taken-notice"));
        Assert.Equal(
            ["2027-03-01T09:30:00+00:00", "2027-03-01T09:45:00+00:00", "2027-03-01T10:00:00+00:00", "2027-03-01T10:15:00+00:00", "2027-03-01T10:30:00+00:00", "2027-03-01T10:45:00+00:00"],
            page.Document.QuerySelectorAll("[data-testid=nearest-time]").Select(b => b.GetAttribute("value")));
        Assert.Equal(chosen.ToString(), page.Value("PractitionerId"));
    }

    [Fact]
    public async Task A_broken_link_is_400_and_a_service_customers_cannot_book_is_404()
    {
        var internalOnly = await CustomerClinics.CreateAsync(host, visibility: "internal");
        var browser = CustomerBrowser.Open(host);

        var broken = await browser.GetAsync($"/book/details?serviceId={internalOnly.ServiceId}&locationId={internalOnly.LocationId}&start=tomorrow");
        var invisible = await browser.GetAsync(CustomerClinics.Details(internalOnly, Monday9));
        var unknownPractitioner = await browser.GetAsync(CustomerClinics.Details(internalOnly, Monday9, Guid.NewGuid()));

        Assert.Equal(400, broken.Status);
        Assert.Equal(404, invisible.Status);
        Assert.Equal(404, unknownPractitioner.Status);
        Assert.True(invisible.Has("customer-message"));
    }

    private static string Long(string field, int length) => field switch
    {
        "Email" => new string('a', length - "@patients.test".Length) + "@patients.test",
        "Phone" => new string('1', length),
        _ => new string('a', length),
    };
}
