using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Admin;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>
/// Reads people, certificates and head-counts for the records pages and hands them to <see cref="TrainingCompliance"/>;
/// records every look at someone else's named training record in the audit log.
/// </summary>
public sealed class TrainingRecords(PortalDbContext db, ContentStore content, HeadCounts headCounts, AuditLog audit, IOptions<ReferenceData> reference, TimeProvider time)
{
    public DateOnly Today => LondonTime.Today(time);

    /// <summary>Every department in the reference data, then elected Members: the populations head-counts are kept for.</summary>
    public IReadOnlyList<string> Populations => [.. reference.Value.Departments.Departments.Select(d => d.Slug), HeadCount.Members];

    public string NameOf(string population) => population == HeadCount.Members
        ? "Elected Members"
        : reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == population)?.Name ?? population;

    public bool IsDepartment(string slug) => reference.Value.Departments.Departments.Any(d => d.Slug == slug);

    /// <summary>The people a population counts: a department's staff, or Members (who have no department).</summary>
    public static Expression<Func<PortalUser, bool>> In(string population) => population == HeadCount.Members
        ? u => u.Department == null && u.Roles.Any(r => r.Role == PortalRole.Member)
        : u => u.Department == population;

    /// <summary>Everyone a population counts: staff with a department, and Members.</summary>
    public static Expression<Func<PortalUser, bool>> InAny => u => u.Department != null || u.Roles.Any(r => r.Role == PortalRole.Member);

    public async Task<IReadOnlyList<PersonStanding>> PeopleAsync(Expression<Func<PortalUser, bool>> who)
    {
        var people = await db.Users.Where(who)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Department,
                u.IsContactRole,
                Member = u.Roles.Any(r => r.Role == PortalRole.Member),
                Champion = u.Roles.Any(r => r.Role == PortalRole.Champion),
            })
            .ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var certificates = await db.Set<Certificate>().Where(c => ids.Contains(c.UserId))
            .Select(c => new HeldCertificate(c.UserId, c.Course, c.CompletedOn, c.ExpiresOn, c.Revoked))
            .ToListAsync();
        var learners = people.Select(p => new Learner(p.Id, p.DisplayName, p.Department ?? (p.Member ? HeadCount.Members : null), p.IsContactRole, p.Champion));
        return TrainingCompliance.ForPeople(learners, Courses(), certificates, Today);
    }

    /// <summary>The figures for <paramref name="populations"/> from <paramref name="people"/>, who must include everyone in them.</summary>
    public async Task<IReadOnlyList<PopulationStanding>> FiguresAsync(IReadOnlyList<string> populations, IReadOnlyList<PersonStanding> people)
    {
        var heads = (await headCounts.CurrentAsync(Today)).ToDictionary(h => h.Key, h => h.Value.Count);
        return TrainingCompliance.ForPopulations(populations, people, heads);
    }

    /// <summary>One audit record per named person shown to someone else (security.md §15); the viewer's own row is not.</summary>
    public async Task RecordViewedAsync(ClaimsPrincipal viewer, IEnumerable<PersonStanding> shown, string view)
    {
        var me = viewer.UserId();
        foreach (var standing in shown.Where(s => s.Person.Id != me))
        {
            audit.Record(viewer, "training-record.viewed", "user", standing.Person.Id.ToString(), detail: view);
        }

        await db.SaveChangesAsync();
    }

    private List<RequiredCourse> Courses() =>
        [.. content.Current.Courses.Select(c => new RequiredCourse(c.Slug, c.Title, c.Level, c.Audience))];
}
