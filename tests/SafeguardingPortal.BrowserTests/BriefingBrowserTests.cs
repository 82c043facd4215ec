using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// A champion logs a briefing on a 360-pixel phone with three answers; two attendees sign in with the code on the
/// screen, one of them twice, and give feedback; the department's briefed coverage rises; axe on every page type.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class BriefingBrowserTests(BrowserFixture browser)
{
    private const string Department = "guildhall-school";

    [Fact]
    public async Task A_champion_logs_a_briefing_on_a_phone_and_two_attendees_sign_in_with_the_code()
    {
        var champion = await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        var lead = await PageAsAsync(await TestUsers.CreateAsync(browser.Portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]), width: 1280);
        await lead.GotoAsync("/dashboard/coverage");
        await Accessibility.AssertNoViolationsAsync(lead);
        var briefed = lead.Locator($"tr[data-population='{Department}'] [data-figure='briefed']");
        await Assertions.Expect(briefed).ToContainTextAsync("0 of 1 ");
        var phone = await PageAsAsync(champion, width: 360);

        await phone.GotoAsync("/champions/briefings");
        await Accessibility.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Log a briefing" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log a briefing");
        await Accessibility.AssertNoViolationsAsync(phone);

        // The three required answers; the date and department are already there.
        await phone.GetByLabel("How many people attended?").FillAsync("18");
        await phone.GetByLabel("Online").CheckAsync();
        await phone.GetByLabel("How long was it, in minutes?").FillAsync("25");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save briefing" }).ClickAsync();

        await Assertions.Expect(phone.Locator("#head-count")).ToHaveTextAsync("18");
        await Accessibility.AssertNoViolationsAsync(phone);
        var code = (await phone.Locator("#code").TextContentAsync())!.Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{6}$", code);

        foreach (var twice in (bool[])[true, false])
        {
            var attendee = await PageAsAsync(await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null)]), width: 360);
            for (var attempt = 0; attempt < (twice ? 2 : 1); attempt++)
            {
                await attendee.GotoAsync($"/briefing?code={code}");
                await Assertions.Expect(attendee.GetByLabel("Sign-in code")).ToHaveValueAsync(code);
                if (attempt == 0)
                {
                    await Accessibility.AssertNoViolationsAsync(attendee);
                }

                await attendee.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                await Assertions.Expect(attendee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(attempt == 0 ? "You are signed in" : "You are already signed in");
            }

            await Accessibility.AssertNoViolationsAsync(attendee);
            await attendee.GetByLabel("4", new() { Exact = true }).CheckAsync();
            await attendee.GetByLabel("Yes").CheckAsync();
            await attendee.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(attendee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");
        }

        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#signed-in")).ToHaveTextAsync("2");
        await Assertions.Expect(phone.Locator("#feedback-hidden")).ToContainTextAsync("2 so far");

        // Coverage rises: the 18 in the room against the department's 3 accounts (the champion and two attendees), capped.
        await lead.ReloadAsync();
        await Assertions.Expect(briefed).ToContainTextAsync("3 of 3 (100%)");
    }

    private async Task<IPage> PageAsAsync(PortalUser user, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
