using Microsoft.Playwright;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserHost host)
{
    [Fact]
    public async Task The_home_page_fits_a_phone_screen_without_script_or_policy_errors()
    {
        await using var browser = await host.OpenPageAsync(390, 844);

        var response = await browser.Page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("WellPath", await browser.Page.Locator("h1").InnerTextAsync());
        var scrollWidth = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page scrolls sideways on a phone ({scrollWidth}px wide).");
        Assert.True(await browser.Page.EvaluateAsync<bool>("typeof htmx !== 'undefined'"), "htmx did not load.");
        await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "home-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task Clicking_an_htmx_button_on_the_desktop_swaps_in_the_fragment()
    {
        await using var browser = await host.OpenPageAsync(1280, 800);
        await browser.Page.GotoAsync("/");
        var pageLoads = 0;
        browser.Page.Load += (_, _) => pageLoads++;

        await browser.Page.GetByTestId("check-status").ClickAsync();

        var status = browser.Page.Locator("#system-status [data-testid=system-status]");
        await status.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("reachable", await status.InnerTextAsync());
        Assert.Equal(0, pageLoads);
        Assert.Equal("/", new Uri(browser.Page.Url).AbsolutePath);
        await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "home-desktop-status.png") });
        Assert.Empty(browser.ConsoleErrors);
    }
}
