using System.Net;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;

namespace SafeguardingPortal.PageTests.Concerns.Inbox;

/// <summary>The teams' inbox: scoping by team, the audited view, decisions and their sign-off, re-routing, notes and closing.</summary>
public sealed class InboxPageTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private JourneyClient As(PortalUser user) => new(portal.ClientFor(user));

    private static IReadOnlyList<string> References(JourneyClient j) =>
        [.. j.Page.QuerySelectorAll("#cases tbody tr").Select(r => r.GetAttribute("data-reference")!)];

    private async Task<JourneyClient> DecidedAsync(string reference, PortalRole team, string decision = "EarlyHelp")
    {
        var member = await MemberAsync(portal, team);
        await (await As(member).OpenAsync($"/inbox/{reference}")).PressAsync("Record decision", ("Decision", decision), ("Rationale", "Needs met by universal services"));
        var manager = await ManagerAsync(portal, team);
        var j = await As(manager).OpenAsync($"/inbox/{reference}");
        await j.PressAsync("Sign off decision");
        Assert.Equal("Decided", j.Page.QuerySelector("#case-status")!.TextContent);
        return j;
    }

    [Fact]
    public async Task Inbox_ShowsEachTeamOnlyItsOwnConcerns_AndTheLeadEveryTeams()
    {
        var child = await SubmitAsync(portal, "S02");
        var adult = await SubmitAsync(portal, "S35");

        var children = await As(await MemberAsync(portal, PortalRole.ChildrenTeam)).OpenAsync("/inbox");
        var adults = await As(await MemberAsync(portal, PortalRole.AdultsTeam)).OpenAsync("/inbox");
        var lead = await As(await LeadAsync(portal)).OpenAsync("/inbox");

        Assert.Equal([child], References(children));
        Assert.Equal([adult], References(adults));
        Assert.Equal(new[] { child, adult }.Order(), References(lead).Order());
    }

    [Fact]
    public async Task View_ShowsTheDecryptedReport_IsNotCached_AndIsAuditedWithoutItsContents()
    {
        var reference = await SubmitAsync(portal, "S02");
        var member = await MemberAsync(portal, PortalRole.ChildrenTeam);
        using var client = portal.ClientFor(member);

        using var response = await client.GetAsync($"/inbox/{reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("left alone and hungry", html);
        Assert.Contains("zephyrine@example.org", html);
        var concern = await ConcernAsync(portal, reference);
        var audit = await InDatabaseAsync(portal, db => db.Set<AuditEvent>().Where(e => e.Action == "concern.viewed").ToListAsync());
        var row = Assert.Single(audit);
        Assert.Equal((member.Id, concern.Id.ToString(), AuditOutcome.Allowed), (row.ActorId!.Value, row.SubjectId, row.Outcome));
        Assert.All(await RawRowsAsync(portal, "AuditEvents"), raw =>
        {
            Assert.DoesNotContain(Sentinel, raw, StringComparison.Ordinal);
            Assert.DoesNotContain("hungry", raw, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task View_OfAnotherTeamsConcern_Is403_AndAuditedAsRefused()
    {
        var reference = await SubmitAsync(portal, "S02");
        var adults = await MemberAsync(portal, PortalRole.AdultsTeam);
        using var client = portal.ClientFor(adults);

        using var response = await client.GetAsync($"/inbox/{reference}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("hungry", await response.Content.ReadAsStringAsync());
        var concern = await ConcernAsync(portal, reference);
        var row = Assert.Single(await InDatabaseAsync(portal, db => db.Set<AuditEvent>().Where(e => e.SubjectId == concern.Id.ToString()).ToListAsync()));
        Assert.Equal(("concern.viewed", AuditOutcome.Refused, adults.Id), (row.Action, row.Outcome, row.ActorId!.Value));
    }

    [Fact]
    public async Task Decision_NeedsAValidDecisionAndARationale_AndKeepsWhatWasEntered()
    {
        var reference = await SubmitAsync(portal, "S02");
        var j = await As(await MemberAsync(portal, PortalRole.ChildrenTeam)).OpenAsync($"/inbox/{reference}");

        await j.PressAsync("Record decision", ("Decision", "Ignore"), ("Rationale", "  "));

        Assert.Equal(HttpStatusCode.BadRequest, j.Status);
        Assert.Equal(["Select a decision", "Enter the rationale for the decision"], j.Errors);
        Assert.Contains("left alone and hungry", j.Text);

        await j.PressAsync("Record decision", ("Rationale", "Parents engaging; universal services"));

        Assert.Equal(["Select a decision"], j.Errors);
        Assert.Equal("Parents engaging; universal services", j.Page.QuerySelector("textarea#Rationale")!.TextContent.Trim());

        await j.PressAsync("Record decision", ("Decision", "NoFurtherAction"));

        Assert.Equal(["Enter the rationale for the decision"], j.Errors);
        Assert.NotNull(j.Page.QuerySelector("input[name=Decision][value=NoFurtherAction][checked]"));
        var teamCase = await InDatabaseAsync(portal, db => db.Set<TeamCase>().SingleAsync());
        Assert.Null(teamCase.Decision);
    }

    [Fact]
    public async Task SignOff_IsForAManagerOfThatTeam_OtherThanTheDecider()
    {
        var reference = await SubmitAsync(portal, "S02");
        var concern = await ConcernAsync(portal, reference);
        var decider = await ManagerAsync(portal, PortalRole.ChildrenTeam);
        var j = await As(decider).OpenAsync($"/inbox/{reference}");
        await j.PressAsync("Record decision", ("Decision", "ChildInNeedAssessment"), ("Rationale", "Needs assessment under section 17"));
        Assert.Equal("Awaiting sign-off", j.Page.QuerySelector("#case-status")!.TextContent);
        Assert.Null(j.Page.QuerySelector("form[action*='handler=SignOff']"));

        // The decider and a team member without the manager role post the sign-off form by hand: refused and audited.
        var member = await As(await MemberAsync(portal, PortalRole.ChildrenTeam)).OpenAsync($"/inbox/{reference}");
        foreach (var refused in new[] { j, member })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await SignOffByHandAsync(refused, reference));
        }

        // Another team's manager cannot even open it.
        using var otherManager = portal.ClientFor(await ManagerAsync(portal, PortalRole.AdultsTeam));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/inbox/{reference}")).StatusCode);
        Assert.Equal(CaseStatus.AwaitingSignOff, (await InDatabaseAsync(portal, db => db.Set<TeamCase>().SingleAsync())).Status);

        var manager = await As(await ManagerAsync(portal, PortalRole.ChildrenTeam)).OpenAsync($"/inbox/{reference}");
        await manager.PressAsync("Sign off decision");

        Assert.Equal("Decided", manager.Page.QuerySelector("#case-status")!.TextContent);
        var teamCase = await InDatabaseAsync(portal, db => db.Set<TeamCase>().SingleAsync());
        Assert.Equal(CaseStatus.Decided, teamCase.Status);
        Assert.NotEqual(decider.Id, teamCase.SignedOffBy);
        Assert.Contains(await InDatabaseAsync(portal, db => db.Set<AuditEvent>().ToListAsync()), e => e.Action == "case.signed-off" && e.Outcome == AuditOutcome.Refused && e.ActorId == decider.Id && e.SubjectId == concern.Id.ToString());
    }

    /// <summary>Posts the sign-off as a browser would if the button were there: with the page's own antiforgery token.</summary>
    private static async Task<HttpStatusCode> SignOffByHandAsync(JourneyClient j, string reference)
    {
        var token = j.Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await j.Http.PostAsync($"/inbox/{reference}?handler=SignOff", new FormUrlEncodedContent([new("Team", "children"), new("__RequestVerificationToken", token)]));
        return response.StatusCode;
    }

    [Fact]
    public async Task Reroute_GivesTheNewTeamTheConcernAndAnEmail_AndTheReasonIsEncrypted()
    {
        var reference = await SubmitAsync(portal, "S02");
        var before = await InDatabaseAsync(portal, db => db.Set<OutboxMessage>().CountAsync());
        var j = await As(await ManagerAsync(portal, PortalRole.ChildrenTeam)).OpenAsync($"/inbox/{reference}");

        await j.PressAsync("Re-route", ("ToTeam", "adults"), ("Reason", "Mistral Vantablack is 19, not a child"));

        Assert.Equal("Transferred", j.Page.QuerySelector("#case-status")!.TextContent);
        var mail = await InDatabaseAsync(portal, db => db.Set<OutboxMessage>().ToListAsync());
        Assert.Equal(before + 1, mail.Count);
        Assert.Contains(mail, m => m.Recipient == "adults.safeguarding@cityoflondon.example" && m.Subject.Contains(reference, StringComparison.Ordinal));
        Assert.All(mail, m => Assert.DoesNotContain("Mistral", m.TextBody, StringComparison.Ordinal));
        var adults = await As(await MemberAsync(portal, PortalRole.AdultsTeam)).OpenAsync("/inbox");
        Assert.Equal([reference], References(adults));
        var opened = await As(await MemberAsync(portal, PortalRole.AdultsTeam)).OpenAsync($"/inbox/{reference}");
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.All(await RawRowsAsync(portal, "TeamCases"), raw => Assert.DoesNotContain("Mistral", raw, StringComparison.Ordinal));
        Assert.Contains("Mistral Vantablack is 19", j.Text);
    }

    [Fact]
    public async Task Reroute_IsForManagersOnly()
    {
        var reference = await SubmitAsync(portal, "S02");
        var j = await As(await MemberAsync(portal, PortalRole.ChildrenTeam)).OpenAsync($"/inbox/{reference}");

        Assert.DoesNotContain(j.Page.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Re-route");
    }

    [Fact]
    public async Task Notes_AreListedWithTheirAuthor_AndEncryptedAtRest()
    {
        var reference = await SubmitAsync(portal, "S02");
        var member = await MemberAsync(portal, PortalRole.ChildrenTeam);
        var j = await As(member).OpenAsync($"/inbox/{reference}");

        await j.PressAsync("Add note", ("Note", "Spoke to Ottoline Brackenbury at the school"));

        var note = j.Page.QuerySelector("#notes li")!.TextContent;
        Assert.Contains("Spoke to Ottoline Brackenbury at the school", note);
        Assert.Contains(member.DisplayName, note);
        var raw = Assert.Single(await RawRowsAsync(portal, "CaseNotes"));
        Assert.DoesNotContain("Ottoline", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("school", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_AnAdultsCase_RecordsTheirOwnView_AndClosesTheConcern()
    {
        var reference = await SubmitAsync(portal, "S35");
        var j = await DecidedAsync(reference, PortalRole.AdultsTeam, "AdultSafeguardingEnquiry");

        await j.PressAsync("Close case", ("Outcome", "Carer changed; Tamsin Orwell-Pike is happy with the plan"), ("FeelsSafer", "8"));
        Assert.Equal(["Select whether the outcomes they wanted were met"], j.Errors);
        Assert.Null((await ConcernAsync(portal, reference)).ClosedAt);

        await j.PressAsync("Close case", ("Outcome", "Carer changed; Tamsin Orwell-Pike is happy with the plan"), ("FeelsSafer", "8"), ("OutcomesMet", "Partly"));

        Assert.Equal("Closed", j.Page.QuerySelector("#case-status")!.TextContent);
        Assert.Contains("Feels safer: 8 out of 10", j.Text);
        var teamCase = await InDatabaseAsync(portal, db => db.Set<TeamCase>().SingleAsync());
        Assert.Equal((8, OutcomesMet.Partly), (teamCase.FeelsSafer, teamCase.OutcomesMet));
        Assert.Equal(portal.Time.GetUtcNow(), (await ConcernAsync(portal, reference)).ClosedAt);
        Assert.All(await RawRowsAsync(portal, "TeamCases"), raw => Assert.DoesNotContain("Tamsin", raw, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Close_OfOneTeamsCase_LeavesAConcernOtherTeamsHoldOpen()
    {
        // S30: a child sharing extremist videos goes to the children's team and to Prevent.
        var reference = await SubmitAsync(portal, "S30");
        var j = await DecidedAsync(reference, PortalRole.ChildrenTeam);

        await j.PressAsync("Close case", ("Outcome", "Stepped down to early help"));

        Assert.Equal("Closed", j.Page.QuerySelector("#case-status")!.TextContent);
        Assert.Null((await ConcernAsync(portal, reference)).ClosedAt);
        var prevent = await As(await MemberAsync(portal, PortalRole.Prevent)).OpenAsync("/inbox");
        Assert.Equal([reference], References(prevent));
    }

    [Fact]
    public async Task FollowUp_ForEarlyHelp_IsListedAsOverdueOnceItsDateHasPassed()
    {
        var reference = await SubmitAsync(portal, "S02");
        var j = await DecidedAsync(reference, PortalRole.ChildrenTeam);

        await j.PressAsync("Save follow-up date", ("FollowUp-day", "30"), ("FollowUp-month", "2"), ("FollowUp-year", "2027"));
        Assert.Equal(["Enter a real date for the follow-up"], j.Errors);
        await j.PressAsync("Save follow-up date", ("FollowUp-day", "1"), ("FollowUp-month", "12"), ("FollowUp-year", "2026"));

        var member = await MemberAsync(portal, PortalRole.ChildrenTeam);
        Assert.Null((await As(member).OpenAsync("/inbox")).Page.QuerySelector("#follow-ups"));
        portal.Time.Now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        var inbox = await As(member).OpenAsync("/inbox");
        Assert.Equal(reference, inbox.Page.QuerySelector("#follow-ups tbody tr")!.GetAttribute("data-reference"));
        Assert.Null((await As(await MemberAsync(portal, PortalRole.AdultsTeam)).OpenAsync("/inbox")).Page.QuerySelector("#follow-ups"));
    }
}
