using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;

namespace SafeguardingPortal.PageTests.Concerns.Inbox;

/// <summary>The list: most urgent first, then by deadline; the working-day clock; filters by urgency, status, age and overdue.</summary>
public sealed class InboxListTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<IReadOnlyList<string>> ListAsync(PortalUser user, string query = "")
    {
        var j = await new JourneyClient(portal.ClientFor(user)).OpenAsync("/inbox" + query);
        return [.. j.Page.QuerySelectorAll("#cases tbody tr").Select(r => r.GetAttribute("data-reference")!)];
    }

    [Fact]
    public async Task Cases_AreSortedByUrgencyThenDeadline_AndFilteredByUrgencyStatusAgeAndOverdue()
    {
        // Wednesday: a P2 due Thursday. Thursday: a P1 due Friday (more urgent, later deadline) and another P2 due Friday.
        var early = await SubmitAsync(portal, "S02");
        portal.Time.Now += TimeSpan.FromDays(1);
        var urgent = await SubmitAsync(portal, "S39");
        var later = await SubmitAsync(portal, "S15");
        var member = await MemberAsync(portal, PortalRole.ChildrenTeam);

        Assert.Equal([urgent, early, later], await ListAsync(member));
        Assert.Equal([early, later], await ListAsync(member, "?Urgency=P2"));
        Assert.Equal([urgent, later], await ListAsync(member, "?Age=today"));

        var j = await new JourneyClient(portal.ClientFor(member)).OpenAsync($"/inbox/{later}");
        await j.PressAsync("Acknowledge");
        Assert.Equal([later], await ListAsync(member, "?Phase=Acknowledged"));
        Assert.Equal([urgent, early], await ListAsync(member, "?Phase=New"));

        // Friday 18:00 London: Thursday's deadline has passed, Friday's too; the acknowledged one also counts.
        Assert.Empty(await ListAsync(member, "?Overdue=yes"));
        portal.Time.Now = new DateTimeOffset(2026, 11, 19, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal([early], await ListAsync(member, "?Overdue=yes"));
        portal.Time.Now = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal([urgent, early, later], await ListAsync(member, "?Overdue=yes"));
        Assert.Empty(await ListAsync(member, "?Age=older"));
        portal.Time.Now += TimeSpan.FromDays(5);
        Assert.Equal([early], await ListAsync(member, "?Age=older"));

        var page = await new JourneyClient(portal.ClientFor(member)).OpenAsync("/inbox");
        Assert.Equal(3, page.Page.QuerySelectorAll("#cases .govuk-tag--red").Count(t => t.TextContent == "Overdue"));
    }
}
