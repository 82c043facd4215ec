using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Concerns.Journey;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Dashboard;

/// <summary>
/// Channel attribution end to end: report page visits, reports started and reports sent are counted per source tag
/// on the server, with no cookie set for it, and the impact page shows the funnel.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ImpactPageTests(PortalFactory portal)
{
    [Fact]
    public async Task Visits_starts_and_submissions_are_counted_per_source_tag_without_a_cookie()
    {
        var channel = $"poster-{Guid.NewGuid():N}"[..20];
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync($"/report?src={channel}");
        Assert.Empty(visitor.CookiesSet);
        await visitor.OpenAsync($"/report?src={channel}");

        var starter = new JourneyClient(portal.CreateBrowserlessClient());
        await starter.OpenAsync($"/report?src={channel}");
        await starter.OpenAsync(starter.Page.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        await starter.ChooseAsync("no");
        await starter.ChooseAsync("yes");

        var reporter = new JourneyClient(portal.CreateBrowserlessClient());
        await reporter.OpenAsync($"/report?src={channel}");
        await reporter.OpenAsync(reporter.Page.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        await reporter.ChooseAsync("no");
        await reporter.ChooseAsync("yes");
        await reporter.ChooseAsync("someoneElse");
        await reporter.ChooseAsync("public");
        await reporter.PersonAsync(7, "ec2v7hh", "atHome", "neglect");
        for (var i = 0; i < 4; i++)
        {
            await reporter.ChooseAsync("no");
        }

        await reporter.FinishAnonymouslyAsync();
        portal.Time.Now += TimeSpan.FromMinutes(6);
        try
        {
            await reporter.AnswerAsync();
            Assert.Equal("/report/confirmation", reporter.Path);
        }
        finally
        {
            portal.Time.Now -= TimeSpan.FromMinutes(6);
        }

        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/dashboard/impact");
        var row = lead.Page.QuerySelector($"tr[data-channel='{channel}']")!;
        Assert.Equal(["4", "2", "1"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }
}
