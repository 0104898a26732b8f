namespace WellPath.Appointments.Tests.Integration.Reception;

/// <summary>The site navigation every page shares, as each staff role sees it on the day list.</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class NavigationTests(AppointmentsHost host)
{
    [Theory]
    [InlineData("admin", true)]
    [InlineData("operations", true)]
    [InlineData("clinic_manager", true)]
    [InlineData("reception", true)]
    [InlineData("practitioner", false)]
    public async Task The_week_rosters_are_one_click_away_for_the_office_staff_who_may_read_them(string role, bool sees)
    {
        var clinic = await ReceptionClinics.MondayClinicAsync(host);
        var staff = await ReceptionBrowser.SignInAsync(host, role, [clinic.LocationId], role == "practitioner" ? clinic.PractitionerIds[0] : null);

        var page = await staff.DocumentAsync("/reception");
        var rosters = page.QuerySelectorAll("header [data-testid=nav-rosters]");

        Assert.Equal(sees ? 1 : 0, rosters.Length);
        if (sees)
        {
            Assert.Equal("/staff/rosters", rosters[0].GetAttribute("href"));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await staff.GetAsync("/staff/rosters")).StatusCode);
        }
    }
}
