using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Features.Dashboard.Concerns;

/// <summary>Reads the plain columns of concerns and cases the dashboard counts; never the encrypted answers.</summary>
public sealed class ConcernQueries(PortalDbContext db)
{
    /// <summary>Concerns received between <paramref name="since"/> and <paramref name="until"/> (a day wider each side, so London dates at either end are whole).</summary>
    public async Task<IReadOnlyList<ConcernRow>> ConcernsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Concern>().Where(c => c.ReceivedAt >= since && c.ReceivedAt < until)
            .Select(c => new { c.ReceivedAt, c.ReporterRole, c.Urgency, Quarantined = c.QuarantineReason != null, c.CategoryMask, Teams = c.Destinations.Select(d => d.Team).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ConcernRow(Content.LondonTime.Date(r.ReceivedAt), r.ReporterRole, r.Urgency, r.Quarantined, [.. r.Teams.Distinct()], r.CategoryMask))];
    }

    /// <summary>Every case not yet closed (for "overdue now") and every case of a concern received between the two instants.</summary>
    public async Task<IReadOnlyList<CaseRow>> CasesAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        await db.Set<TeamCase>()
            .Join(db.Set<Concern>(), t => t.ConcernId, c => c.Id, (t, c) => new { t, c })
            .Where(x => (x.c.ReceivedAt >= since && x.c.ReceivedAt < until) || (x.t.Status != CaseStatus.Closed && x.t.Status != CaseStatus.Transferred))
            .Select(x => new CaseRow(x.t.Team, x.c.ReceivedAt, x.c.DecideBy, x.t.DecidedAt, x.t.Status != CaseStatus.Closed && x.t.Status != CaseStatus.Transferred, x.t.FeelsSafer))
            .ToListAsync(cancellationToken);
}
