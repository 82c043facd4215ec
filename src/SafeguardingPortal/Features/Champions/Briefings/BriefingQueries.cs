using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>One row of the briefing log as lists and exports show it.</summary>
public sealed record BriefingRow(Guid Id, string Department, DateOnly HeldOn, int HeadCount, BriefingFormat Format, int DurationMinutes, int Facilitators, bool Backdated, IReadOnlyList<Guid> SignedIn)
{
    public BriefingAttendance Attendance => new(Id, HeadCount, SignedIn);
}

/// <summary>What a person may read of the briefing log: their departments' as a champion or lead, every one as the safeguarding lead.</summary>
public sealed class BriefingQueries(PortalDbContext db)
{
    /// <summary>The departments whose briefings <paramref name="user"/> sees; null means all of them.</summary>
    public static IReadOnlySet<string>? VisibleDepartments(ClaimsPrincipal user) =>
        user.Has(PortalRole.SafeguardingLead) ? null
            : user.ScopesOf(PortalRole.Champion).Concat(user.ScopesOf(PortalRole.DepartmentLead)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every department's reach in a range, counted by the database (as <see cref="BriefingReach.Total"/> counts rows):
    /// a session once however many facilitated it, sign-ins once per session, the rest of each head-count unnamed.
    /// </summary>
    public async Task<BriefingReachTotals> ReachAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var sessions = db.Set<Briefing>().Where(b => b.HeldOn >= from && b.HeldOn <= to);
        var held = await sessions.GroupBy(_ => 1)
            .Select(g => new { Sessions = g.Count(), Unnamed = g.Sum(b => b.HeadCount > b.Attendees.Count ? b.HeadCount - b.Attendees.Count : 0) })
            .SingleOrDefaultAsync(cancellationToken);
        var named = await sessions.SelectMany(b => b.Attendees).GroupBy(_ => 1)
            .Select(g => new { Attendances = g.Count(), People = g.Select(a => a.UserId).Distinct().Count() })
            .SingleOrDefaultAsync(cancellationToken);
        return new BriefingReachTotals(held?.Sessions ?? 0, named?.Attendances ?? 0, named?.People ?? 0, held?.Unnamed ?? 0);
    }

    public async Task<IReadOnlyList<BriefingRow>> ListAsync(IReadOnlySet<string>? departments, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = db.Set<Briefing>().Where(b => b.HeldOn >= from && b.HeldOn <= to);
        if (departments is not null)
        {
            query = query.Where(b => departments.Contains(b.Department));
        }

        var rows = await query
            .OrderByDescending(b => b.HeldOn).ThenByDescending(b => b.LoggedAt)
            .Select(b => new { b.Id, b.Department, b.HeldOn, b.HeadCount, b.Format, b.DurationMinutes, Facilitators = b.Facilitators.Count, b.Backdated, SignedIn = b.Attendees.Select(a => a.UserId).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BriefingRow(r.Id, r.Department, r.HeldOn, r.HeadCount, r.Format, r.DurationMinutes, r.Facilitators, r.Backdated, r.SignedIn))];
    }
}
