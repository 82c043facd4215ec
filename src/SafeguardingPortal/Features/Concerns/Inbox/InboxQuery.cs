using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>The cases in the given teams' inboxes: one row per team a concern was routed to, most urgent first, then by deadline.</summary>
public sealed class InboxQuery(PortalDbContext db, InboxClock clock)
{
    public async Task<IReadOnlyList<InboxRow>> RowsAsync(IReadOnlyCollection<Team> teams)
    {
        var concerns = await db.Set<Concern>().AsNoTracking().Include(c => c.Destinations)
            .Where(c => c.Status == ConcernStatus.New && c.Destinations.Any(d => teams.Contains(d.Team) && d.Action != RoutingAction.Signpost))
            .ToListAsync();
        var ids = concerns.Select(c => c.Id).ToList();
        var cases = await db.Set<TeamCase>().AsNoTracking().Where(c => ids.Contains(c.ConcernId)).ToListAsync();

        return [.. concerns
            .SelectMany(concern => CaseAccess.TeamsOf(concern).Where(teams.Contains).Select(team =>
            {
                var teamCase = cases.SingleOrDefault(c => c.ConcernId == concern.Id && c.Team == team);
                var status = teamCase?.Status ?? CaseStatus.New;
                return new InboxRow(concern, team, status, clock.IsOverdue(concern.DecideBy, status), teamCase?.FollowUpOn);
            }))
            .OrderBy(r => r.Concern.Urgency)
            .ThenBy(r => r.Concern.DecideBy)
            .ThenBy(r => r.Concern.ReceivedAt)];
    }
}
