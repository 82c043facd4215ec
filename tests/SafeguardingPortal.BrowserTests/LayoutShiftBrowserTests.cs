using Microsoft.Playwright;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Nothing on a page moves once it is shown (Lighthouse's cumulative layout shift, bench/lighthouse.sh). On a phone
/// on a slow network the page is painted well before GOV.UK Frontend's script has arrived and run; the script is held
/// back here so that order is certain, as it is on the phone Lighthouse models.
/// </summary>
[Collection(SharedBrowser.Name)]
public class LayoutShiftBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/report")]
    public async Task OnAPhone_ThePageDoesNotMoveWhenGovukFrontendStarts_AndTheMenuStillOpens(string url)
    {
        var page = await browser.NewPageAsync(width: 390);
        await page.RouteAsync("**/govuk-frontend.min*.js", async route =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(750));
            await route.ContinueAsync();
        });

        await page.GotoAsync(url);
        await page.Locator(".govuk-service-navigation[data-govuk-service-navigation-init]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var shift = await page.EvaluateAsync<double>(
            """
            () => new Promise(resolve => {
                new PerformanceObserver(list => resolve(list.getEntries().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)))
                    .observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve(0), 500); // no shift at all: the observer is never called
            })
            """);

        Assert.True(shift < 0.01, $"the page moved by a layout shift of {shift:0.000}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#navigation")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#navigation")).ToBeVisibleAsync();
    }
}
