using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Active;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>
/// The champions' job with fake time, each step run twice: the first-briefing reminder at day 30 once; a thank-you
/// for the first session once; a nudge 90 days into each gap, once per gap; no other person named in any of them.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ChampionReminderTests(PortalFactory portal)
{
    private const string Department = "city-of-london-freemens-school";

    [Fact]
    public async Task Reminders_nudges_and_thanks_go_once_each_on_their_days()
    {
        var now = portal.Time.Now;
        try
        {
            var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
            var start = now;
            await ActiveChampions.PassChampionCourseAsync(portal, champion, ActiveChampions.Today(portal));

            portal.Time.Now = start.AddDays(29);
            await ActiveChampions.RunJobTwiceAsync(portal);
            Assert.Empty(await ActiveChampions.MessagesAsync(portal, ChampionEmails.FirstBriefingKind, champion.Email));

            portal.Time.Now = start.AddDays(30);
            await ActiveChampions.RunJobTwiceAsync(portal);
            portal.Time.Now = start.AddDays(31);
            await ActiveChampions.RunJobTwiceAsync(portal);
            var reminder = Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.FirstBriefingKind, champion.Email));
            Assert.Contains("https://portal.test/champions/first-briefing", reminder.TextBody, StringComparison.Ordinal);

            // The first session: thanked once, and no more first-briefing reminders.
            portal.Time.Now = start.AddDays(40);
            await BriefingLog.LogAsync(portal, champion, Department);
            await ActiveChampions.RunJobTwiceAsync(portal);
            await ActiveChampions.RunJobTwiceAsync(portal);
            var thanks = Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.MilestoneKind, champion.Email));
            Assert.Equal("Thank you for your first Notice the Signs briefing", thanks.Subject);
            Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.FirstBriefingKind, champion.Email));

            // 90 days after that session the nudge, once; a new session starts a new gap with its own nudge.
            portal.Time.Now = start.AddDays(40 + 89);
            await ActiveChampions.RunJobTwiceAsync(portal);
            Assert.Empty(await ActiveChampions.MessagesAsync(portal, ChampionEmails.NudgeKind, champion.Email));
            portal.Time.Now = start.AddDays(40 + 90);
            await ActiveChampions.RunJobTwiceAsync(portal);
            portal.Time.Now = start.AddDays(40 + 120);
            await ActiveChampions.RunJobTwiceAsync(portal);
            Assert.Single(await ActiveChampions.MessagesAsync(portal, ChampionEmails.NudgeKind, champion.Email));

            portal.Time.Now = start.AddDays(200);
            await BriefingLog.LogAsync(portal, champion, Department);
            portal.Time.Now = start.AddDays(290);
            await ActiveChampions.RunJobTwiceAsync(portal);
            var nudges = await ActiveChampions.MessagesAsync(portal, ChampionEmails.NudgeKind, champion.Email);
            Assert.Equal(2, nudges.Count);

            Assert.All([reminder, thanks, .. nudges], m => Assert.DoesNotContain(champion.DisplayName, m.TextBody, StringComparison.Ordinal));
        }
        finally
        {
            portal.Time.Now = now;
        }
    }
}
