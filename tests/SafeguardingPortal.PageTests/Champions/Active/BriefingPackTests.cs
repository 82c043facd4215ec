using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Active;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>A new pack version supersedes the old, shows on the briefings page, and each existing champion is told once.</summary>
[Collection(SharedPortal.Name)]
public sealed class BriefingPackTests(PortalFactory portal)
{
    private const string Department = "culture-heritage-and-libraries";

    [Fact]
    public async Task Publishing_supersedes_the_current_version_and_tells_each_champion_once()
    {
        var now = portal.Time.Now;
        try
        {
            var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
            var lead = await TestUsers.CreateAsync(portal, twoFactor: true, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
            portal.Time.Now = now.AddMinutes(1);
            var first = await PublishAsync(lead, "7.1");
            portal.Time.Now = now.AddMinutes(2);
            var second = await PublishAsync(lead, "7.2");
            await ActiveChampions.RunJobTwiceAsync(portal);
            await ActiveChampions.RunJobTwiceAsync(portal);

            var told = Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.PackKind, champion.Email));
            Assert.Equal("A new briefing pack is out: version 7.2", told.Subject);

            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.NotNull((await db.Set<BriefingPackVersion>().SingleAsync(v => v.Id == first)).SupersededAt);
            Assert.Null((await db.Set<BriefingPackVersion>().SingleAsync(v => v.Id == second)).SupersededAt);
            Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "briefing-pack.published" && e.SubjectId == second.ToString() && e.ActorId == lead.Id));

            var briefings = new JourneyClient(portal.ClientFor(champion));
            await briefings.OpenAsync("/champions/briefings");
            Assert.Contains("Current version: 7.2", briefings.Page.QuerySelector("#current-pack")!.TextContent, StringComparison.Ordinal);
            await briefings.OpenAsync("/champions/pack");
            Assert.Single(briefings.Page.QuerySelectorAll("#current"));
            Assert.Null(briefings.Page.QuerySelector("a[href='/champions/pack/publish']"));
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    [Fact]
    public async Task A_version_needs_a_label_a_date_the_changes_and_where_to_find_it()
    {
        var lead = await TestUsers.CreateAsync(portal, twoFactor: true, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var journey = new JourneyClient(portal.ClientFor(lead));
        await journey.OpenAsync("/champions/pack/publish");
        await journey.PressAsync("Publish version", ("label", "8.0"));
        Assert.Equal(["Enter the date of issue as a real date, for example 27 3 2026", "Enter what changed", "Enter where champions find the pack"], journey.Errors);
    }

    private async Task<Guid> PublishAsync(PortalUser lead, string label)
    {
        var journey = new JourneyClient(portal.ClientFor(lead));
        await journey.OpenAsync("/champions/pack/publish");
        await journey.PressAsync("Publish version", ("label", label), ("issued-day", "1"), ("issued-month", "11"), ("issued-year", "2026"), ("changes", "New phone numbers for out of hours"), ("link", "/champions/resources/briefing-pack"));
        Assert.Equal("/champions/pack", journey.Path);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Set<BriefingPackVersion>().Where(v => v.Label == label).ToListAsync()).OrderBy(v => v.PublishedAt).Last().Id;
    }
}
