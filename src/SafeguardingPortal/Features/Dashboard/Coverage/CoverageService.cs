using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Features.Training.Records;

namespace SafeguardingPortal.Features.Dashboard.Coverage;

public sealed class CoverageOptions
{
    public const string Section = "Coverage";

    /// <summary>The share of a cohort the campaign aims for, in per cent: green at or above it.</summary>
    public int Target { get; set; } = Rag.DefaultTarget;
}

/// <summary>
/// Gathers each cohort's coverage inputs from the pledges, the training records and the briefing log, and keeps
/// month-end snapshots of them.
/// </summary>
public sealed class CoverageService(PortalDbContext db, PledgeCounts pledges, TrainingRecords training, IOptions<CoverageOptions> options, TimeProvider time)
{
    public int Target => options.Value.Target;

    public DateOnly Today => LondonTime.Today(time);

    /// <summary>The departments in reference order, then the Members.</summary>
    public IReadOnlyList<string> Populations => training.Populations;

    public string NameOf(string population) => training.NameOf(population);

    /// <summary>Today's coverage (<paramref name="monthEnd"/> null) or a month-end's: per department, overall and for the Members.</summary>
    public async Task<CoverageReport> ReportAsync(DateOnly? monthEnd, CancellationToken cancellationToken)
    {
        var inputs = monthEnd is { } m ? await SnapshotAsync(m, cancellationToken) : await CurrentAsync(cancellationToken);
        var cohorts = inputs.Select(i => CoverageFigures.For(i, Target)).ToList();
        var members = cohorts.Single(c => c.Population == Admin.HeadCount.Members);
        List<CohortCoverage> departments = [.. cohorts.Where(c => c != members)];
        return new(departments, members, CoverageFigures.Overall(DashboardFigures.AllDepartments, departments, Target));
    }

    public async Task<IReadOnlyList<CohortInputs>> CurrentAsync(CancellationToken cancellationToken)
    {
        var people = await training.PeopleAsync(TrainingRecords.InAny);
        var standings = (await training.FiguresAsync(Populations, people)).ToDictionary(s => s.Population);
        var pledged = await pledges.CurrentAsync(cancellationToken);
        var briefed = await BriefedAsync(cancellationToken);
        return
        [
            .. Populations.Select(p => new CohortInputs(
                p,
                standings[p].HeadCount,
                standings[p].People,
                p == Admin.HeadCount.Members ? pledged.Members.Pledges : pledged.Departments.GetValueOrDefault(p)?.Pledges ?? 0,
                standings[p].RequiredInDate,
                briefed.GetValueOrDefault(p))),
        ];
    }

    /// <summary>The month-ends with snapshots, newest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> SnapshotMonthsAsync(CancellationToken cancellationToken) =>
        await db.Set<CoverageSnapshot>().Select(s => s.MonthEnd).Distinct().OrderByDescending(m => m).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CohortInputs>> SnapshotAsync(DateOnly monthEnd, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CoverageSnapshot>().Where(s => s.MonthEnd == monthEnd).AsNoTracking().ToListAsync(cancellationToken);
        var order = Populations.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return [.. rows.OrderBy(r => order.GetValueOrDefault(r.Population, int.MaxValue)).Select(r => r.Inputs)];
    }

    /// <summary>
    /// Takes last month's snapshot if it is missing: run from the first of the month, so the figures are those at
    /// the month's end. Returns whether one was taken; a second instance racing it is stopped by the unique index.
    /// </summary>
    public async Task<bool> TakeDueSnapshotAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        if (await db.Set<CoverageSnapshot>().AnyAsync(s => s.MonthEnd == monthEnd, cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow();
        db.AddRange((await CurrentAsync(cancellationToken)).Select(c => new CoverageSnapshot
        {
            Id = Guid.NewGuid(),
            MonthEnd = monthEnd,
            Population = c.Population,
            HeadCount = c.HeadCount,
            Accounts = c.Accounts,
            Pledged = c.Pledged,
            Trained = c.Trained,
            Briefed = c.Briefed,
            TakenAt = now,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<CoverageSnapshot>().AnyAsync(s => s.MonthEnd == monthEnd, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>
    /// People briefed in the last 12 months per cohort: each department's sessions' reach (unique named attendees plus
    /// the unnamed head-count), and for the Members the Members who signed in to any session.
    /// </summary>
    private async Task<Dictionary<string, int>> BriefedAsync(CancellationToken cancellationToken)
    {
        // Counted by the database, as BriefingReach counts rows: each person once per department, plus each
        // session's head-count beyond its sign-ins.
        var since = Today.AddMonths(-12);
        var sessions = db.Set<Briefing>().Where(b => b.HeldOn > since);
        var signedIn = sessions.SelectMany(b => b.Attendees, (b, a) => new { b.Department, a.UserId });
        var unnamed = await sessions.GroupBy(b => b.Department)
            .Select(g => new { g.Key, Count = g.Sum(b => b.HeadCount > b.Attendees.Count ? b.HeadCount - b.Attendees.Count : 0) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var named = await signedIn.Distinct().GroupBy(a => a.Department)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byDepartment = unnamed.Keys.Union(named.Keys).ToDictionary(d => d, d => unnamed.GetValueOrDefault(d) + named.GetValueOrDefault(d));

        byDepartment[Admin.HeadCount.Members] = await db.Set<RoleGrant>()
            .Where(g => g.Role == PortalRole.Member && signedIn.Any(a => a.UserId == g.UserId))
            .Select(g => g.UserId).Distinct().CountAsync(cancellationToken);
        return byDepartment;
    }
}
