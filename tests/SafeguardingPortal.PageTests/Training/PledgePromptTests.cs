using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>Issue 6: completing Level 1 prompts the pledge, unless the learner already has a current one.</summary>
[Collection(SharedPortal.Name)]
public sealed class PledgePromptTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";

    [Fact]
    public async Task Passing_level_1_without_a_pledge_prompts_the_pledge()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);

        var result = await CoursePasses.PassAsync(portal, new JourneyClient(portal.ClientFor(learner)), Essentials);

        Assert.Equal("/pledge", result.Page.QuerySelector("#pledge-prompt a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_lapsed_pledge_still_brings_the_prompt()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        await PledgeAsync(learner, portal.Time.GetUtcNow().AddMonths(-(PledgeRules.ValidMonths + 1)));

        var result = await CoursePasses.PassAsync(portal, new JourneyClient(portal.ClientFor(learner)), Essentials);

        Assert.NotNull(result.Page.QuerySelector("#pledge-prompt"));
    }

    [Fact]
    public async Task Someone_with_a_current_pledge_is_not_prompted()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        await PledgeAsync(learner, portal.Time.GetUtcNow().AddDays(-1));

        var result = await CoursePasses.PassAsync(portal, new JourneyClient(portal.ClientFor(learner)), Essentials);

        Assert.Null(result.Page.QuerySelector("#pledge-prompt"));
    }

    [Fact]
    public async Task Passing_the_champion_course_does_not_prompt_the_pledge_but_opens_the_resources()
    {
        var champion = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);

        var result = await CoursePasses.PassAsync(portal, new JourneyClient(portal.ClientFor(champion)), "champion-running-a-briefing");

        Assert.Null(result.Page.QuerySelector("#pledge-prompt"));
        await result.OpenAsync(result.Page.QuerySelector("#champion-resources-link")!.GetAttribute("href")!);
        Assert.Equal((200, "Champion resources"), ((int)result.Status, result.Heading));
    }

    private async Task PledgeAsync(PortalUser user, DateTimeOffset pledgedAt)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Pledge { Id = Guid.NewGuid(), UserId = user.Id, Source = PledgeSource.Staff, PledgedAt = pledgedAt });
        await db.SaveChangesAsync();
    }
}
