using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;

namespace SafeguardingPortal.BrowserTests;

/// <summary>The teams' inbox in a browser: a concern decided and signed off within the working day, kept from other teams, and the quarantine queue.</summary>
[Collection(SharedBrowser.Name)]
public sealed class InboxBrowserTests(BrowserFixture browser)
{
    private PortalFactory Portal => browser.Portal;

    [Fact]
    public async Task A_new_concern_is_decided_and_signed_off_within_a_working_day_and_other_teams_cannot_open_it()
    {
        var reference = await SubmitAsync(Portal, "S02");
        var member = await MemberAsync(Portal, PortalRole.ChildrenTeam);
        var page = await PageAsAsync(member);

        await page.GotoAsync("/inbox");
        var row = page.Locator($"#cases tr[data-reference='{reference}']");
        await Assertions.Expect(row).ToContainTextAsync("P2");
        await Assertions.Expect(row).ToContainTextAsync("New");
        await Accessibility.AssertNoViolationsAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Concern {reference}");
        await Assertions.Expect(page.Locator("#description")).ToContainTextAsync("left alone and hungry");
        await Accessibility.AssertNoViolationsAsync(page);
        var concern = await ConcernAsync(Portal, reference);
        Assert.Contains(await InDatabaseAsync(Portal, db => db.Set<AuditEvent>().Where(e => e.SubjectId == concern.Id.ToString()).ToListAsync()), e => e.Action == "concern.viewed" && e.ActorId == member.Id && e.Outcome == AuditOutcome.Allowed);

        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Early help", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Rationale", new() { Exact = true }).FillAsync("Parents asked for support; no safeguarding threshold met");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Awaiting sign-off");

        var manager = await PageAsAsync(await ManagerAsync(Portal, PortalRole.ChildrenTeam));
        await manager.GotoAsync($"/inbox/{reference}?team=children");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign off decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#case-status")).ToHaveTextAsync("Decided");

        await page.GotoAsync("/inbox");
        await Assertions.Expect(row).ToContainTextAsync("Decided");
        await Assertions.Expect(row.Locator(".govuk-tag", new() { HasText = "Overdue" })).ToHaveCountAsync(0);
        var teamCase = await InDatabaseAsync(Portal, db => db.Set<TeamCase>().SingleAsync(c => c.ConcernId == concern.Id));
        Assert.True(teamCase.SignedOffAt!.Value.UtcDateTime.Date <= concern.DecideBy.ToDateTime(TimeOnly.MinValue), "signed off by the next working day");

        var adults = await PageAsAsync(await MemberAsync(Portal, PortalRole.AdultsTeam));
        var refused = await adults.GotoAsync($"/inbox/{reference}");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(adults.Locator("body")).Not.ToContainTextAsync("hungry");
    }

    [Fact]
    public async Task The_safeguarding_lead_releases_a_quarantined_report_to_its_team()
    {
        var reference = await SubmitAsync(Portal, "S02", quarantineReason: "The whole journey took 0 seconds.");
        var lead = await PageAsAsync(await LeadAsync(Portal));

        await lead.GotoAsync("/inbox/quarantine");
        await Assertions.Expect(lead.Locator($"[data-reference='{reference}']")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(lead);

        await lead.GetByRole(AriaRole.Button, new() { Name = $"Reject {reference}" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(lead);

        await lead.GetByRole(AriaRole.Button, new() { Name = $"Release {reference}" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync($"{reference} released");
        var concern = await ConcernAsync(Portal, reference);
        Assert.Equal(ConcernStatus.New, concern.Status);
        Assert.Contains(await InDatabaseAsync(Portal, db => db.Set<OutboxMessage>().Where(m => m.ConcernId == concern.Id).ToListAsync()), m => m.Recipient == "children.duty@cityoflondon.gov.uk");

        var team = await PageAsAsync(await MemberAsync(Portal, PortalRole.ChildrenTeam));
        await team.GotoAsync("/inbox");
        await Assertions.Expect(team.Locator($"#cases tr[data-reference='{reference}']")).ToBeVisibleAsync();
    }

    private async Task<IPage> PageAsAsync(PortalUser user)
    {
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
