using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Champions.Active;

/// <summary>The lead records a champions' meeting with attendees chosen from the champions; identifiers refused; champions see it.</summary>
[Collection(SharedPortal.Name)]
public sealed class ChampionsMeetingTests(PortalFactory portal)
{
    private const string Department = "city-of-london-school-for-girls";

    [Fact]
    public async Task A_meeting_is_recorded_with_its_attendees_and_actions_and_listed_for_champions()
    {
        var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        var lead = await TestUsers.CreateAsync(portal, twoFactor: true, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var journey = new JourneyClient(portal.ClientFor(lead));
        await journey.OpenAsync("/champions/meetings/record");
        await journey.PressAsync("Save meeting", ("held-day", "10"), ("held-month", "11"), ("held-year", "2026"), ("attendees", champion.Id.ToString()), ("actions", "Ring 020 7606 3030 about the family"));
        Assert.StartsWith("Actions must not include long numbers", Assert.Single(journey.Errors), StringComparison.Ordinal);

        // Letters only, so the marker that finds this meeting cannot look like a long number.
        var actions = "Refresh the pack before the spring phase " + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter));
        await journey.PressAsync("Save meeting", ("held-day", "10"), ("held-month", "11"), ("held-year", "2026"), ("attendees", champion.Id.ToString()), ("actions", actions));
        Assert.Equal("/champions/meetings", journey.Path);

        var seen = new JourneyClient(portal.ClientFor(champion));
        await seen.OpenAsync("/champions/meetings");
        Assert.Contains(actions, seen.Text, StringComparison.Ordinal);
        Assert.Null(seen.Page.QuerySelector("a[href='/champions/meetings/record']"));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "champions-meeting.recorded" && e.ActorId == lead.Id));
    }
}
