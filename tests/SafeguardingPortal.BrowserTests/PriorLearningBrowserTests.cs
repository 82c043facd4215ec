using System.Text;
using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Prior learning and face-to-face attendance in Chromium: the upload, the lead's queue and decision, and a
/// champion's attendance form, each with its errors showing, pass axe.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PriorLearningBrowserTests(BrowserFixture browser)
{
    private const string Department = "open-spaces";

    [Fact]
    public async Task A_learner_uploads_evidence_and_a_lead_accepts_it_with_no_accessibility_violations()
    {
        var learner = await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null)]);
        var lead = await TestUsers.CreateAsync(browser.Portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var page = await PageAsAsync(learner);

        await page.GotoAsync("/training/prior-learning");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your certificate or other evidence").SetInputFilesAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = Encoding.ASCII.GetBytes("not a picture") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The selected file must be a PDF, PNG or JPG");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Which course does it replace?").SelectOptionAsync("safeguarding-essentials");
        await page.GetByLabel("Who provided the training?").FillAsync("Acme Training Ltd");
        await page.GetByLabel("Day").FillAsync("3");
        await page.GetByLabel("Month").FillAsync("2");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Your certificate or other evidence").SetInputFilesAsync(new FilePayload { Name = "certificate.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("#claims")).ToContainTextAsync("Waiting for a decision");
        await Accessibility.AssertNoViolationsAsync(page);

        var reviewer = await PageAsAsync(lead);
        await reviewer.GotoAsync("/training/prior-learning/review");
        await Accessibility.AssertNoViolationsAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Link, new() { Name = learner.DisplayName }).First.ClickAsync();
        await Assertions.Expect(reviewer.Locator("h1")).ToHaveTextAsync(learner.DisplayName);
        await Accessibility.AssertNoViolationsAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Do not accept" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Accept and issue a certificate" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".govuk-notification-banner")).ToContainTextAsync("Accepted");

        await page.GotoAsync("/training");
        await Assertions.Expect(page.Locator("#certificates")).ToContainTextAsync("Prior learning (approved)");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_champion_records_a_briefing_with_no_accessibility_violations()
    {
        var champion = await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        var page = await PageAsAsync(champion);

        await page.GotoAsync("/training/face-to-face");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Find attendees by name").FillAsync(champion.DisplayName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#attendees input").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Course").SelectOptionAsync("safeguarding-essentials");
        await page.GetByLabel("Who gave the briefing?").FillAsync("Pat Trainer");
        await page.Locator("#attendees input").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("certificate");
    }

    private async Task<IPage> PageAsAsync(PortalUser user)
    {
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
