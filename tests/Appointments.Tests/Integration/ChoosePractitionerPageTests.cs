namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class ChoosePractitionerPageTests(AppointmentsHost host)
{
    [Fact]
    public async Task Book_on_the_services_page_leads_to_anyone_or_each_eligible_practitioner_in_the_slot_picker()
    {
        var clinic = await CustomerClinics.CreateAsync(host, practitioners: 2);
        var browser = CustomerBrowser.Open(host);
        var services = await browser.GetAsync($"/clinics/{clinic.LocationId}/services");
        var book = services.Document.QuerySelector("[data-testid=book]")!.GetAttribute("href")!;

        var page = await browser.GetAsync(book);

        Assert.Equal(200, page.Status);
        var anyone = page.Document.QuerySelector("[data-testid=choose-anyone]")!.GetAttribute("href");
        Assert.Equal($"/book/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}", anyone);
        var chosen = page.Document.QuerySelectorAll("[data-testid=choose-practitioner]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(clinic.PractitionerIds.Select(p => $"{anyone}&practitionerId={p}").Order(), chosen.Order());
        Assert.Equal(200, (await browser.GetAsync(chosen[0]!)).Status);
    }

    [Fact]
    public async Task A_service_customers_may_not_book_is_404_and_a_broken_link_400()
    {
        var internalOnly = await CustomerClinics.CreateAsync(host, visibility: "internal");
        var browser = CustomerBrowser.Open(host);

        Assert.Equal(404, (await browser.GetAsync($"/book?serviceId={internalOnly.ServiceId}&locationId={internalOnly.LocationId}")).Status);
        Assert.Equal(400, (await browser.GetAsync($"/book?serviceId=nope&locationId={internalOnly.LocationId}")).Status);
    }
}
