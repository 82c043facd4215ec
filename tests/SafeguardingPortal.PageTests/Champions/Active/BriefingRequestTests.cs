using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Active;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>
/// Requesting a briefing: the department filled in, identifiers refused, the department's champions emailed and
/// shown it; another department's champion can neither see nor accept it; accepted once, audited; escalated to the
/// department's lead (or its mailbox) after five working days, counted past the Christmas bank holidays, exactly once.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BriefingRequestTests(PortalFactory portal)
{
    private const string Department = "built-environment";
    private const string Other = "guildhall-school";

    [Fact]
    public async Task A_request_goes_to_the_departments_champions_who_alone_may_accept_it()
    {
        var manager = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);
        var champion = await ChampionAsync(Department);
        var otherChampion = await ChampionAsync(Other);

        var id = await RequestAsync(manager);
        var told = Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.RequestKind, champion.Email));
        Assert.Contains($"https://portal.test/champions/requests/{id}", told.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(manager.DisplayName, told.TextBody, StringComparison.Ordinal);
        Assert.Empty(await ActiveChampions.MessagesAsync(portal, ChampionEmails.RequestKind, otherChampion.Email));

        var briefings = new JourneyClient(portal.ClientFor(champion));
        await briefings.OpenAsync("/champions/briefings");
        Assert.NotNull(briefings.Page.QuerySelector($"#requests a[href='/champions/requests/{id}']"));
        var theirs = new JourneyClient(portal.ClientFor(otherChampion));
        await theirs.OpenAsync("/champions/briefings");
        Assert.Null(theirs.Page.QuerySelector($"#requests a[href='/champions/requests/{id}']"));

        using var otherClient = portal.ClientFor(otherChampion);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClient.GetAsync(new Uri($"/champions/requests/{id}", UriKind.Relative))).StatusCode);

        var page = new JourneyClient(portal.ClientFor(champion));
        await page.OpenAsync($"/champions/requests/{id}");
        Assert.Equal("40", page.Page.QuerySelector("#audience")!.TextContent);
        await page.PressAsync("Accept this request");
        Assert.Contains(champion.DisplayName, page.Page.QuerySelector("#accepted")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Page.QuerySelector("main form button"));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(champion.Id, (await db.Set<BriefingRequest>().SingleAsync(r => r.Id == id)).AcceptedBy);
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "briefing-request.made" && e.SubjectId == id.ToString() && e.ActorId == manager.Id));
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "briefing-request.accepted" && e.SubjectId == id.ToString() && e.ActorId == champion.Id));
    }

    [Fact]
    public async Task Identifiers_are_refused_and_answers_kept()
    {
        var journey = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)])));
        await journey.OpenAsync("/champions/request-briefing");
        Assert.Equal(Department, journey.Page.QuerySelector("select[name=department] option[selected]")!.GetAttribute("value"));
        await journey.PressAsync("Send request", ("department", Department), ("dates", "Any Tuesday"), ("audience", "many"), ("notes", "Call 07700 900123 first"));

        Assert.Equal(["Enter about how many people, as a whole number from 1 to 1,000", BriefingNotesExplainLongNumber], journey.Errors);
        Assert.Equal("Any Tuesday", journey.Page.QuerySelector("input[name=dates]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unaccepted_request_is_escalated_after_five_working_days_past_bank_holidays_exactly_once()
    {
        var now = portal.Time.Now;
        try
        {
            var lead = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.DepartmentLead, Department)]);
            var manager = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);

            // Tuesday 22 December 2026: Christmas Day and the 28th are bank holidays, so the fifth working day is Thursday 31st.
            portal.Time.Now = new DateTimeOffset(2026, 12, 22, 10, 0, 0, TimeSpan.Zero);
            var id = await RequestAsync(manager);
            var withoutLead = await RequestAsync(manager, "markets-and-consumer-protection");

            portal.Time.Now = new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero);
            await ActiveChampions.RunJobTwiceAsync(portal);
            Assert.Empty(await ActiveChampions.MessagesAsync(portal, ChampionEmails.EscalationKind, mentioning: id.ToString()));

            portal.Time.Now = new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.Zero);
            await ActiveChampions.RunJobTwiceAsync(portal);
            portal.Time.Now = new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);
            await ActiveChampions.RunJobTwiceAsync(portal);

            var escalated = await ActiveChampions.MessagesAsync(portal, ChampionEmails.EscalationKind, mentioning: id.ToString());
            Assert.Contains(escalated, m => m.Recipient == lead.Email);
            Assert.Single(escalated, m => m.Recipient == lead.Email);
            Assert.DoesNotContain(manager.DisplayName, escalated[0].TextBody, StringComparison.Ordinal);
            var mailbox = Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.EscalationKind, mentioning: withoutLead.ToString()));
            Assert.Equal("safeguarding.markets@cityoflondon.example", mailbox.Recipient);

            // The lead finds a champion; accepting is for the department's champions only.
            var page = new JourneyClient(portal.ClientFor(lead));
            await page.OpenAsync($"/champions/requests/{id}");
            Assert.NotNull(page.Page.QuerySelector("#escalated"));
            Assert.Null(page.Page.QuerySelector("main form button"));
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    private const string BriefingNotesExplainLongNumber = "Notes must not include long numbers such as phone, NHS or case numbers. Record what the briefing covered, not details about a person or a case";

    private async Task<PortalUser> ChampionAsync(string department) =>
        await TestUsers.CreateAsync(portal, department: department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, department)]);

    private Task<Guid> RequestAsync(PortalUser manager, string department = Department) => ActiveChampions.RequestAsync(portal, manager, department);
}
