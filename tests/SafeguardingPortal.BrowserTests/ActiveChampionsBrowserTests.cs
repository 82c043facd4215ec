using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Keeping champions active in a browser, with axe on every new page type: a manager requests a briefing, the
/// department's champion sees it on the briefings page beside the first-briefing checklist and accepts it; the lead
/// publishes a pack version and records a champions' meeting, which the champion then reads.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ActiveChampionsBrowserTests(BrowserFixture browser)
{
    private const string Department = "city-of-london-freemens-school";

    [Fact]
    public async Task A_request_is_accepted_and_the_lead_publishes_a_pack_and_records_a_meeting()
    {
        var champion = await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        var manager = await PageAsAsync(await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null)]));
        var lead = await PageAsAsync(await TestUsers.CreateAsync(browser.Portal, twoFactor: true, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]));
        var phone = await PageAsAsync(champion, width: 360);

        await manager.GotoAsync("/champions/request-briefing");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(manager);
        await manager.GetByLabel("Preferred dates").FillAsync("Thursday mornings in February");
        await manager.GetByLabel("About how many people?").FillAsync("25");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#sent")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(manager);

        await phone.GotoAsync("/champions/briefings");
        await Assertions.Expect(phone.Locator("#first-briefing")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Follow the checklist" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#checklist")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(phone);

        await phone.GotoAsync("/champions/briefings");
        await phone.Locator("#requests a", new() { HasText = "Thursday mornings in February" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Accept this request" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#accepted")).ToBeVisibleAsync();

        await lead.GotoAsync("/champions/pack/publish");
        await Accessibility.AssertNoViolationsAsync(lead);
        await lead.GetByLabel("Version").FillAsync("3.0");
        await lead.GetByLabel("Day").FillAsync("2");
        await lead.GetByLabel("Month").FillAsync("11");
        await lead.GetByLabel("Year").FillAsync("2026");
        await lead.GetByLabel("What changed").FillAsync("New out-of-hours numbers");
        await lead.GetByLabel("Where champions find it").FillAsync("/champions/resources");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Publish version" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#current")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(lead);

        await lead.GotoAsync("/champions/meetings/record");
        await lead.GetByLabel("Day").FillAsync("3");
        await lead.GetByLabel("Month").FillAsync("11");
        await lead.GetByLabel("Year").FillAsync("2026");
        await lead.GetByLabel(champion.DisplayName).First.CheckAsync();
        await lead.GetByLabel("Actions agreed").FillAsync("Share the new pack at the next team meetings");
        await Accessibility.AssertNoViolationsAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();

        await phone.GotoAsync("/champions/meetings");
        await Assertions.Expect(phone.GetByText("Share the new pack at the next team meetings")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(phone);
    }

    private async Task<IPage> PageAsAsync(PortalUser user, int width = 1024)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
