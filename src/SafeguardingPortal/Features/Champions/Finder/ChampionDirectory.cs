using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// Reads who the champions are (Champion role grants, scoped to a department), when each passed the champion course
/// (their latest unrevoked certificate) and their last session (the latest briefing they facilitated).
/// </summary>
public sealed class ChampionDirectory(PortalDbContext db, ContentStore content)
{
    public async Task<IReadOnlyList<DirectoryChampion>> ChampionsAsync(IReadOnlyCollection<string> departments)
    {
        var grants = await db.Set<RoleGrant>()
            .Where(g => g.Role == PortalRole.Champion && g.Scope != null && departments.Contains(g.Scope))
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, Department = g.Scope!, u.DisplayName })
            .AsNoTracking().ToListAsync();
        return await WithTrainingAndSessionsAsync(grants.Select(g => (g.Id, g.Department, g.DisplayName)).ToList());
    }

    /// <summary>The champion whose champion-course certificate has this code, in each department they champion; empty if none.</summary>
    public async Task<(Certificate? Certificate, IReadOnlyList<DirectoryChampion> Champion)> ByCertificateCodeAsync(string code)
    {
        var courses = ChampionCourses();
        var certificate = await db.Set<Certificate>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Code == code && courses.Contains(c.Course));
        if (certificate is null)
        {
            return (null, []);
        }

        var grants = await db.Set<RoleGrant>()
            .Where(g => g.UserId == certificate.UserId && g.Role == PortalRole.Champion && g.Scope != null)
            .Select(g => g.Scope!).AsNoTracking().ToListAsync();
        return (certificate, await WithTrainingAndSessionsAsync([.. grants.Select(d => (certificate.UserId, d, certificate.HolderName))]));
    }

    /// <summary>The code of a champion's latest unrevoked champion-course certificate: their public check's address.</summary>
    public Task<string?> OwnCodeAsync(Guid userId)
    {
        var courses = ChampionCourses();
        return db.Set<Certificate>()
            .Where(c => c.UserId == userId && courses.Contains(c.Course) && !c.Revoked)
            .OrderByDescending(c => c.CompletedOn).Select(c => c.Code).FirstOrDefaultAsync();
    }

    private List<string> ChampionCourses() =>
        [.. content.Current.Courses.Where(c => c.Level == CourseLevel.Champion).Select(c => c.Slug)];

    private async Task<IReadOnlyList<DirectoryChampion>> WithTrainingAndSessionsAsync(List<(Guid UserId, string Department, string Name)> champions)
    {
        var ids = champions.Select(c => c.UserId).Distinct().ToList();
        var courses = ChampionCourses();
        var trained = (await db.Set<Certificate>()
                .Where(c => ids.Contains(c.UserId) && courses.Contains(c.Course) && !c.Revoked)
                .Select(c => new { c.UserId, c.CompletedOn }).AsNoTracking().ToListAsync())
            .GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.Max(c => c.CompletedOn));
        var sessions = (await db.Set<BriefingFacilitator>()
                .Where(f => ids.Contains(f.UserId))
                .Join(db.Set<Briefing>(), f => f.BriefingId, b => b.Id, (f, b) => new { f.UserId, b.HeldOn })
                .AsNoTracking().ToListAsync())
            .GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => g.Max(s => s.HeldOn));
        return [.. champions.Select(c => new DirectoryChampion(
            c.UserId, c.Department, c.Name, trained.TryGetValue(c.UserId, out var on) ? on : null, sessions.TryGetValue(c.UserId, out var last) ? last : null))];
    }
}
