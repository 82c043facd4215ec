using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>A learner's own record: what they must hold and its state, every certificate and every knowledge check.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(TrainingRecords records, PortalDbContext db, ContentStore content) : PageModel
{
    public PersonStanding Standing { get; private set; } = null!;

    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public IReadOnlyList<QuizAttempt> Attempts { get; private set; } = [];

    public DateOnly Today => records.Today;

    public async Task OnGetAsync()
    {
        var me = User.UserId() ?? throw new InvalidOperationException("The training record needs a signed-in user");
        Standing = (await records.PeopleAsync(u => u.Id == me)).Single();
        Certificates = [.. (await db.Set<Certificate>().Where(c => c.UserId == me).AsNoTracking().ToListAsync())
            .OrderByDescending(c => c.CompletedOn).ThenBy(c => c.CourseTitle)];

        // Submitted attempts only: one still open has no score yet. Sorted here because SQLite cannot order by DateTimeOffset.
        Attempts = [.. (await db.Set<QuizAttempt>().Where(a => a.UserId == me && a.SubmittedAt != null).AsNoTracking().ToListAsync())
            .OrderByDescending(a => a.SubmittedAt)];
    }

    public string TitleOf(string course) => content.Current.FindCourse(course)?.Title ?? course;

    public CertificateState StateOf(Certificate certificate) => Refreshers.StateOn(Today, certificate.ExpiresOn, certificate.Revoked);
}
