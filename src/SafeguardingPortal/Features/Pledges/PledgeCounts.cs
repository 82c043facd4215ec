using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Admin;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// Counting the pledges table on every page view would not survive a campaign launch, so the figures are cached
/// and recomputed after each pledge or withdrawal. The cache key carries a version that every change moves on, so a
/// computation that overlapped a change is never served afterwards (no lost or double counts).
/// </summary>
public sealed class PledgeCounts(PortalDbContext db, HeadCounts headCounts, IMemoryCache cache, PledgeCountsVersion version, TimeProvider time)
{
    /// <summary>Another instance behind the load balancer cannot invalidate this one's cache: it refreshes within this time.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<PledgeTotals> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var key = $"pledge-counts-{version.Value}";
        if (cache.TryGetValue(key, out PledgeTotals? cached) && cached is not null)
        {
            return cached;
        }

        var totals = await ComputeAsync(cancellationToken);
        cache.Set(key, totals, Lifetime);
        return totals;
    }

    private async Task<PledgeTotals> ComputeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lapsedBefore = now.AddMonths(-PledgeRules.ValidMonths);
        var counted = db.Set<Pledge>().Where(p => p.QuarantineReason == null);
        var current = await counted.Where(p => p.WithdrawnAt == null && p.RenewedAsId == null && p.PledgedAt > lapsedBefore)
            .GroupBy(p => new { p.Source, p.Department })
            .Select(g => new { g.Key.Source, g.Key.Department, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // A renewal carries on the same person's pledge: "ever" counts it once, by the pledge that replaced it.
        var ever = await counted.CountAsync(p => p.RenewedAsId == null, cancellationToken);
        var honoured = await counted.CountAsync(p => p.Honoured == true, cancellationToken);
        var heads = await headCounts.CurrentAsync(DateOnly.FromDateTime(now.UtcDateTime));

        var pledged = current.Where(c => c.Source != PledgeSource.Member && c.Department is not null)
            .GroupBy(c => c.Department!)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var departments = pledged.Keys.Union(heads.Keys.Where(k => k != HeadCount.Members))
            .ToDictionary(d => d, d => new Coverage(pledged.GetValueOrDefault(d), heads.GetValueOrDefault(d)?.Count));
        var members = new Coverage(current.Where(c => c.Source == PledgeSource.Member).Sum(c => c.Count), heads.GetValueOrDefault(HeadCount.Members)?.Count);
        return new PledgeTotals(current.Sum(c => c.Count), ever, honoured, members, departments);
    }
}

/// <summary>Moves on with every pledge, renewal, withdrawal and follow-up answer; part of the counts' cache key.</summary>
public sealed class PledgeCountsVersion
{
    private long value;

    public long Value => Interlocked.Read(ref value);

    public void Changed() => Interlocked.Increment(ref value);
}
