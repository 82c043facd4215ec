using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>A new champion is shown the first-briefing checklist on the briefings page until their first session is logged.</summary>
[Collection(SharedPortal.Name)]
public sealed class FirstBriefingTests(PortalFactory portal)
{
    private const string Department = "community-and-childrens-services";

    [Fact]
    public async Task The_checklist_shows_until_the_first_session_is_logged()
    {
        var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        await ActiveChampions.PassChampionCourseAsync(portal, champion, ActiveChampions.Today(portal));
        var journey = new JourneyClient(portal.ClientFor(champion));

        await journey.OpenAsync("/champions/briefings");
        Assert.NotNull(journey.Page.QuerySelector("#first-briefing a[href='/champions/first-briefing']"));
        await journey.OpenAsync("/champions/first-briefing");
        Assert.NotNull(journey.Page.QuerySelector("#course-done"));
        Assert.NotNull(journey.Page.QuerySelector("#checklist a[href='/champions/resources']"));
        Assert.Null(journey.Page.QuerySelector("#logged"));

        await BriefingLog.LogAsync(portal, champion, Department);
        await journey.OpenAsync("/champions/briefings");
        Assert.Null(journey.Page.QuerySelector("#first-briefing"));
        await journey.OpenAsync("/champions/first-briefing");
        Assert.NotNull(journey.Page.QuerySelector("#logged"));
    }
}
