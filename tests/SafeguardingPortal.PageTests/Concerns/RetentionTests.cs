using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Retention;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary>security.md §17: closed concerns lose their personal details after the retention period, audited, once.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public RetentionTests() => portal.Settings["Retention:YearsByOutcome:StrategyDiscussion"] = "25";

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Closed_concerns_past_their_period_are_anonymised_once_and_audited_and_others_are_kept()
    {
        var expired = await ClosedAsync(CaseDecision.NoFurtherAction, yearsAgo: 6, extraDays: 1);
        var recent = await ClosedAsync(CaseDecision.NoFurtherAction, yearsAgo: 5, extraDays: 300);
        var longKept = await ClosedAsync(CaseDecision.StrategyDiscussion, yearsAgo: 7, extraDays: 0);
        var open = await InboxConcerns.SubmitAsync(portal, "S02");

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var after = await InboxConcerns.InDatabaseAsync(portal, db => db.Set<Concern>().ToDictionaryAsync(c => c.Reference));
        Assert.NotNull(after[expired].AnonymisedAt);
        Assert.All(new[] { recent, longKept, open }, reference => Assert.Null(after[reference].AnonymisedAt));

        var cases = await InboxConcerns.InDatabaseAsync(portal, db => db.Set<TeamCase>().Include(c => c.Notes).Where(c => c.ConcernId == after[expired].Id).ToListAsync());
        Assert.All(cases, c => Assert.Equal((null, null, 0, CaseDecision.NoFurtherAction), (c.ProtectedRationale, c.ProtectedOutcome, c.Notes.Count, c.Decision)));
        Assert.Equal("", after[expired].ProtectedAnswers);
        var audit = await InboxConcerns.InDatabaseAsync(portal, db => db.Set<AuditEvent>().Where(e => e.Action == "concern.anonymised").Select(e => e.SubjectId).ToListAsync());
        Assert.Equal([after[expired].Id.ToString()], audit);

        // The team can still open it: the numbers stay, the words are gone.
        var lead = await InboxConcerns.LeadAsync(portal);
        var page = new JourneyClient(portal.ClientFor(lead));
        await page.OpenAsync($"/inbox/{expired}");
        Assert.Equal(200, (int)page.Status);
        Assert.NotNull(page.Page.QuerySelector("#anonymised"));
        Assert.DoesNotContain(InboxConcerns.Sentinel, page.Text, StringComparison.Ordinal);
    }

    private async Task<string> ClosedAsync(CaseDecision decision, int yearsAgo, int extraDays)
    {
        var reference = await InboxConcerns.SubmitAsync(portal, "S02");
        await InboxConcerns.InDatabaseAsync(portal, async db =>
        {
            var concern = await db.Set<Concern>().SingleAsync(c => c.Reference == reference);
            var closed = portal.Time.GetUtcNow().AddYears(-yearsAgo).AddDays(-extraDays);
            concern.ClosedAt = closed;
            var teamCase = new TeamCase { Id = Guid.NewGuid(), ConcernId = concern.Id, Team = Features.Concerns.Routing.Team.Children, Status = CaseStatus.Closed, Decision = decision, ProtectedRationale = "x", ProtectedOutcome = "y", ClosedAt = closed };
            teamCase.Notes.Add(new CaseNote { At = closed, ProtectedText = "z" });
            db.Add(teamCase);
            return await db.SaveChangesAsync();
        });
        return reference;
    }

    private async Task<int> RunAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConcernRetention>().RunAsync(default);
    }
}
