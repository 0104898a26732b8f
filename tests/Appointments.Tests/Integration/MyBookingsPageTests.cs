using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class MyBookingsPageTests(AppointmentsHost host)
{
    [Fact]
    public async Task A_signed_in_customer_sees_their_own_upcoming_and_past_bookings_with_manage_links_and_nobody_elses()
    {
        var clinic = await CustomerClinics.CreateAsync(host, practitioners: 2);
        var email = $"mine-{Guid.NewGuid():N}@patients.test";
        var upcoming = (await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T10:00:00+00:00", CustomerClinics.Ada(email))).Text("booking-reference");
        var past = (await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T11:00:00+00:00", CustomerClinics.Ada(email))).Text("booking-reference");
        var someoneElses = (await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T10:00:00+00:00")).Text("booking-reference");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                update appointments.appointments
                set start_at = start_at - interval '2 years', end_at = end_at - interval '2 years',
                    blocked = tstzrange(lower(blocked) - interval '2 years', upper(blocked) - interval '2 years', '[)')
                where reference = @past
                """, new { past });
        }
        var browser = await SignedInAsync(email);

        var page = await browser.GetAsync("/my/bookings");

        Assert.Equal(200, page.Status);
        Assert.Equal([upcoming], References(page, "upcoming"));
        Assert.Equal([past], References(page, "past"));
        Assert.DoesNotContain(someoneElses, page.Html);
        Assert.True(page.Has("nav-my-bookings"));
        var manage = page.Document.QuerySelector($"[data-testid=upcoming] [data-reference='{upcoming}'] a")!.GetAttribute("href")!;
        Assert.Equal(upcoming, (await CustomerBrowser.Open(host).GetAsync(manage)).Text("booking-reference"));
        // Two years ago is past the link's 30 days: the list shows the booking without a link that would not open.
        Assert.Null(page.Document.QuerySelector($"[data-testid=past] [data-reference='{past}'] a"));
    }

    [Fact]
    public async Task A_customer_with_more_bookings_than_the_page_shows_is_told_so()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var email = $"regular-{Guid.NewGuid():N}@patients.test";
        var first = (await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T09:00:00+00:00", CustomerClinics.Ada(email))).Text("booking-reference");
        var browser = await SignedInAsync(email);
        Assert.False((await browser.GetAsync("/my/bookings")).Has("past-truncated"));

        // A weekly regular for years: copies of the booking, a week apart, further and further back.
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                insert into appointments.appointments
                    (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at, blocked,
                     source, payment_status, cancellation_window_hours, created_at, updated_at)
                select gen_random_uuid(), 'R' || lpad(n::text, 3, '0') || '-' || upper(substr(md5(random()::text), 1, 4)), 'completed',
                       service_id, location_id, time_zone, practitioner_id, room_id, customer_id,
                       start_at - n * interval '7 days', end_at - n * interval '7 days',
                       tstzrange(lower(blocked) - n * interval '7 days', upper(blocked) - n * interval '7 days', '[)'),
                       source, payment_status, cancellation_window_hours, created_at, updated_at
                from appointments.appointments, generate_series(1, @Count) n
                where reference = @first
                """, new { first, Count = 200 });
        }

        var page = await browser.GetAsync("/my/bookings");

        Assert.True(page.Has("past-truncated"));
        Assert.Equal(200, page.Document.QuerySelectorAll("[data-testid=my-booking]").Length);
    }

    [Fact]
    public async Task A_signed_in_customer_finds_their_details_filled_in_and_the_booking_joins_their_list()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var email = $"returning-{Guid.NewGuid():N}@patients.test";
        await CustomerClinics.BookAsync(CustomerBrowser.Open(host), clinic, "2027-03-01T09:00:00+00:00", CustomerClinics.Ada(email));
        var browser = await SignedInAsync(email);

        var details = await browser.GetAsync(CustomerClinics.Details(clinic, "2027-03-01T10:00:00+00:00"));
        var booked = await browser.FollowAsync(await browser.SubmitAsync(details, "form[data-testid=details-form]"));

        Assert.Equal(email, details.Value("Email"));
        Assert.Equal("Ada Lovelace", details.Value("Name"));
        Assert.Contains(booked.Text("booking-reference"), References(await browser.GetAsync("/my/bookings"), "upcoming"));
    }

    [Fact]
    public async Task Without_a_session_my_bookings_sends_to_sign_in()
    {
        var page = await CustomerBrowser.Open(host).GetAsync("/my/bookings");

        Assert.Equal(302, page.Status);
        Assert.StartsWith("/sign-in", new Uri(new Uri("https://localhost"), page.Location).PathAndQuery);
    }

    private static List<string> References(Page page, string section) =>
        page.Document.QuerySelectorAll($"[data-testid={section}] [data-testid=my-booking]").Select(a => a.GetAttribute("data-reference")!).ToList();

    /// <summary>
    /// Signs in through the customer's mailed link like a real customer, except that the link is put in place here
    /// (this host sends no mail): its secret is known, its hash stored as the Access module stores one.
    /// </summary>
    private async Task<CustomerBrowser> SignedInAsync(string email)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                insert into access.sign_in_links (id, purpose, subject_id, token_hash, created_at, expires_at)
                select gen_random_uuid(), 'customer_sign_in', id, @Hash, now(), now() + interval '15 minutes'
                from access.customers where email_key = lower(@email)
                """, new { Hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret)), email });
        }
        var browser = CustomerBrowser.Open(host);
        var link = await browser.GetAsync($"/account/customer-link/{secret}");
        var signedIn = await browser.SubmitAsync(link, "form");
        return signedIn.Status == 302 ? browser : throw new InvalidOperationException($"Customer sign-in answered {signedIn.Status}: {signedIn.Html}");
    }
}
