using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Features.Dashboard.Concerns;

/// <summary>
/// Counts the plain columns of concerns and cases in the database (never the encrypted answers): grouped counts,
/// not rows, so the dashboard costs the same at 100,000 concerns as at 100. Only the decided cases of the range
/// come back one by one, for the median time to a decision.
/// </summary>
public sealed class ConcernQueries(PortalDbContext db)
{
    public async Task<ConcernInputs> ForAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var (start, end) = (LondonTime.StartOf(from), LondonTime.StartOf(to.AddDays(1)));
        var inRange = db.Set<Concern>().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        var counted = inRange.Where(c => c.QuarantineReason == null);

        var groups = await inRange
            .GroupBy(c => new { c.ReporterRole, c.Urgency, Quarantined = c.QuarantineReason != null, c.CategoryMask })
            .Select(g => new ConcernGroup(g.Key.ReporterRole, g.Key.Urgency, g.Key.Quarantined, g.Key.CategoryMask, g.Count()))
            .ToListAsync(cancellationToken);
        var byTeam = await db.Set<ConcernDestination>()
            .Where(d => counted.Any(c => c.Id == d.ConcernId))
            .Select(d => new { d.Team, d.ConcernId }).Distinct()
            .GroupBy(d => d.Team).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var cases = db.Set<TeamCase>().Join(inRange, t => t.ConcernId, c => c.Id, (t, c) => new { t, c });
        var decisions = await cases.Where(x => x.t.DecidedAt != null)
            .Select(x => new Decision(x.c.ReceivedAt, x.c.DecideBy, x.t.DecidedAt!.Value))
            .ToListAsync(cancellationToken);
        var feltSafer = await cases.Where(x => x.t.Team == Features.Concerns.Routing.Team.Adults && x.t.FeelsSafer != null)
            .GroupBy(_ => 1)
            .Select(g => new FeltSafer(g.Count(), g.Count(x => x.t.FeelsSafer >= ConcernFigures.SaferFrom)))
            .SingleOrDefaultAsync(cancellationToken) ?? new FeltSafer(0, 0);

        var overdue = await OverdueAsync(db, today, cancellationToken);
        return new ConcernInputs(groups, byTeam, decisions, overdue, feltSafer);
    }

    /// <summary>Cases open and undecided past their deadline today, whenever their concern came (also a metric).</summary>
    public static Task<int> OverdueAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        db.Set<TeamCase>()
            .Where(t => t.Status != CaseStatus.Closed && t.Status != CaseStatus.Transferred && t.DecidedAt == null)
            .Join(db.Set<Concern>(), t => t.ConcernId, c => c.Id, (t, c) => c.DecideBy)
            .CountAsync(decideBy => decideBy < today, cancellationToken);
}
