using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>The dashboard and campaign impact pages, with a report in them, pass axe for a committee member.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_dashboard_pages_have_no_accessibility_violations()
    {
        await InboxConcerns.SubmitAsync(browser.Portal, "S02");
        var committee = await TestUsers.CreateAsync(browser.Portal, roles: [(PortalRole.Member, null), (PortalRole.Committee, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = committee.Id.ToString() });

        foreach (var url in (string[])["/dashboard", "/dashboard?from=2026-05-01&to=2026-04-01", "/dashboard/impact"])
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
