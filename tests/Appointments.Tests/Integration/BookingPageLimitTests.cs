using Microsoft.AspNetCore.Mvc.Testing;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class BookingPageLimitTests(AppointmentsHost host)
{
    [Fact]
    public async Task The_public_booking_form_is_rate_limited()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        // The same database, a host with a tight limit: the shared host's limit is lifted for the storms.
        await using var limited = new WellPathFactory(host.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_JOBS"] = "false",
            ["WELLPATH_BOOKING_LIMIT"] = "2",
        });
        var browser = new CustomerBrowser(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var details = await browser.GetAsync(CustomerClinics.Details(clinic, "2027-03-01T09:00:00+00:00"));
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.SubmitAsync(details, "form[data-testid=details-form]", new Dictionary<string, string> { ["Name"] = "" })).Status);
        }

        Assert.Equal([422, 422, 429], statuses);
    }
}
