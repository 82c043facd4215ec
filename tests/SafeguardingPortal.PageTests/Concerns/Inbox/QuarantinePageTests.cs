using System.Net;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;

namespace SafeguardingPortal.PageTests.Concerns.Inbox;

/// <summary>The quarantine queue: the safeguarding lead releases a held report into routing, or rejects it; nothing is deleted.</summary>
public sealed class QuarantinePageTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Release_RoutesTheReportToItsTeams_AndWritesTheirEmails()
    {
        var reference = await SubmitAsync(portal, "S02", quarantineReason: "The whole journey took 0 seconds.");
        var member = await MemberAsync(portal, PortalRole.ChildrenTeam);
        using (var team = portal.ClientFor(member))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await team.GetAsync($"/inbox/{reference}")).StatusCode);
        }

        Assert.Empty((await new JourneyClient(portal.ClientFor(member)).OpenAsync("/inbox")).Page.QuerySelectorAll("#cases tr"));
        Assert.Equal(0, await InDatabaseAsync(portal, db => db.Set<OutboxMessage>().CountAsync()));
        portal.Time.Now += TimeSpan.FromDays(2);

        var lead = await new JourneyClient(portal.ClientFor(await LeadAsync(portal))).OpenAsync("/inbox/quarantine");
        Assert.Equal(reference, lead.Page.QuerySelector(".govuk-summary-card")!.GetAttribute("data-reference"));
        await lead.PressAsync("Release");

        Assert.Contains($"{reference} released", lead.Text);
        Assert.NotNull(lead.Page.QuerySelector("#none-held"));
        var concern = await ConcernAsync(portal, reference);
        Assert.Equal(ConcernStatus.New, concern.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), concern.DecideBy);
        var mail = Assert.Single(await InDatabaseAsync(portal, db => db.Set<OutboxMessage>().ToListAsync()));
        Assert.Equal(("children.duty@cityoflondon.gov.uk", concern.Id), (mail.Recipient, mail.ConcernId));
        var inbox = await new JourneyClient(portal.ClientFor(member)).OpenAsync("/inbox");
        Assert.Equal(reference, inbox.Page.QuerySelector("#cases tbody tr")!.GetAttribute("data-reference"));
        Assert.Contains(await InDatabaseAsync(portal, db => db.Set<AuditEvent>().ToListAsync()), e => e.Action == "concern.released" && e.SubjectId == concern.Id.ToString());
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndKeepsTheReportWithItEncrypted()
    {
        var reference = await SubmitAsync(portal, "S02", quarantineReason: "The honeypot field was filled in.");
        var lead = await new JourneyClient(portal.ClientFor(await LeadAsync(portal))).OpenAsync("/inbox/quarantine");

        await lead.PressAsync("Reject", ("reason", " "));
        Assert.Equal(HttpStatusCode.BadRequest, lead.Status);
        Assert.Equal(["Enter why the report is being rejected"], lead.Errors);

        await lead.PressAsync("Reject", ("reason", "Advert for Quentin Marlowe's casino"));

        Assert.Contains($"{reference} rejected", lead.Text);
        Assert.Equal(reference, lead.Page.QuerySelector("#rejected tbody th")!.TextContent.Trim());
        var concern = await ConcernAsync(portal, reference);
        Assert.Equal(ConcernStatus.Rejected, concern.Status);
        Assert.Equal(0, await InDatabaseAsync(portal, db => db.Set<OutboxMessage>().CountAsync()));
        Assert.All(await RawRowsAsync(portal, "Concerns"), raw => Assert.DoesNotContain("Quentin", raw, StringComparison.Ordinal));
        Assert.Contains(await InDatabaseAsync(portal, db => db.Set<AuditEvent>().ToListAsync()), e => e.Action == "concern.rejected" && e.SubjectId == concern.Id.ToString());

        // Still there for the lead to read, and never for a team.
        using var leadClient = portal.ClientFor(await LeadAsync(portal));
        Assert.Equal(HttpStatusCode.OK, (await leadClient.GetAsync($"/inbox/{reference}")).StatusCode);
    }
}
