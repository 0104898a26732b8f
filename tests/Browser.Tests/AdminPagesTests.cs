using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserHost host)
{
    [Fact]
    public async Task An_admin_searches_staff_without_a_page_load_and_creates_a_staff_member()
    {
        var admin = await StaffAccounts.CreateAdminWithPasswordAsync(host, "Ada Admin");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await StaffAccounts.CreateAsync(host, "operations", $"Olive Ops {marker}");
        await StaffAccounts.CreateAsync(host, "operations", "Someone Else");
        await using var browser = await host.OpenPageAsync(1280, 800);
        var page = browser.Page;
        await SignInAsync(page, admin, "/admin/staff");

        await MarkPageAsync(page);
        await page.GetByTestId("staff-search").PressSequentiallyAsync(marker, new LocatorPressSequentiallyOptions { Delay = 20 });

        var rows = page.Locator("#staff-results [data-testid=staff-row]");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync($"Olive Ops {marker}");
        Assert.True(await IsSamePageAsync(page), "The search reloaded the page.");
        Assert.Contains($"q={marker}", page.Url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("admin-staff-search-desktop.png") });

        var name = $"Cleo Created {marker}";
        await page.GetByTestId("new-staff-name").FillAsync(name);
        await page.GetByTestId("new-staff-email").FillAsync($"cleo-{marker}@clinic.test");
        await page.GetByTestId("new-staff-role").SelectOptionAsync("operations");
        await page.GetByTestId("create-staff").ClickAsync();

        await page.WaitForURLAsync("**/admin/staff?created=*", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.GetByTestId("created-notice")).ToContainTextAsync(name);
        await Expect(page.Locator("#staff-results [data-testid=staff-row]").Filter(new LocatorFilterOptions { HasText = name })).ToHaveCountAsync(1);
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task Deactivating_from_the_staff_page_asks_first_and_swaps_in_the_new_status()
    {
        var admin = await StaffAccounts.CreateAdminWithPasswordAsync(host, "Ada Admin");
        var staff = await StaffAccounts.CreateAsync(host, "operations", "Dora Deactivated");
        await using var browser = await host.OpenPageAsync(1280, 800);
        var page = browser.Page;
        await SignInAsync(page, admin, $"/admin/staff/{staff.Id}");
        string? question = null;
        page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await MarkPageAsync(page);

        await page.GetByTestId("deactivate").ClickAsync();

        await Expect(page.GetByTestId("reactivate")).ToBeVisibleAsync();
        Assert.Contains("Deactivate Dora Deactivated?", question);
        Assert.True(await IsSamePageAsync(page), "Deactivating reloaded the page.");
        Assert.Empty(browser.ConsoleErrors);
    }

    [Theory]
    [InlineData(390, 844, "phone")]
    [InlineData(1280, 800, "desktop")]
    public async Task Every_admin_page_fits_the_screen_without_script_or_policy_errors(int width, int height, string label)
    {
        var admin = await StaffAccounts.CreateAdminWithPasswordAsync(host, "Ada Admin");
        var staff = await StaffAccounts.CreateAsync(host, "reception", "Rita Reception-Desk With A Long Name", [Guid.NewGuid(), Guid.NewGuid()]);
        await using var browser = await host.OpenPageAsync(width, height);
        var page = browser.Page;
        await SignInAsync(page, admin, "/admin/staff");

        await CheckAsync(page, "/admin/staff", width, $"admin-staff-{label}.png");
        await CheckAsync(page, $"/admin/staff/{staff.Id}", width, $"admin-staff-detail-{label}.png");
        await page.GotoAsync("/admin/tokens");
        await page.GetByTestId("token-name").FillAsync("Phone system");
        await page.GetByTestId("token-staff").SelectOptionAsync(staff.Id.ToString());
        await page.GetByTestId("create-token").ClickAsync();
        await Expect(page.GetByTestId("token-secret")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^wp_"));
        await ScreenshotAsync(page, width, $"admin-tokens-{label}.png");
        await CheckAsync(page, "/admin/audit", width, $"admin-audit-{label}.png");
        await page.Locator("details summary").First.ClickAsync();
        await ScreenshotAsync(page, width, $"admin-audit-open-{label}.png");
        Assert.Empty(browser.ConsoleErrors);
    }

    private static async Task SignInAsync(IPage page, StaffAccount admin, string returnUrl)
    {
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl, new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>A mark on the window that any page load would wipe.</summary>
    private static Task MarkPageAsync(IPage page) => page.EvaluateAsync("window.wellpathTestMark = true");

    private static Task<bool> IsSamePageAsync(IPage page) => page.EvaluateAsync<bool>("window.wellpathTestMark === true");

    private static async Task CheckAsync(IPage page, string url, int width, string screenshot)
    {
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await ScreenshotAsync(page, width, screenshot);
    }

    private static async Task ScreenshotAsync(IPage page, int width, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways ({scrollWidth}px wide on a {width}px screen).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact(name), FullPage = true });
    }

    private static string Artifact(string name) => Path.Combine(BrowserHost.ArtifactsFolder, name);
}
