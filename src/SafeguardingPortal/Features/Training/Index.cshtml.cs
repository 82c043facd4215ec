using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training;

/// <summary>A learner's courses and where they are in each: chapters read, the next chapter, the last result, and whether they may test out of a refresher.</summary>
public sealed class IndexModel(ContentStore content, PortalDbContext db, TimeProvider time) : TrainingPageModel(content, db)
{
    /// <param name="Renewal">The newest certificate, when it is due within 60 days or has expired: the learner may test out.</param>
    public sealed record CourseStatus(Course Course, int ChaptersRead, Chapter? NextChapter, QuizAttempt? LastResult, Certificate? Renewal)
    {
        public string Label => Renewal is not null ? "Refresher due"
            : LastResult?.Passed == true ? "Passed"
            : ChaptersRead == 0 && LastResult is null ? "Not started"
            : NextChapter is null ? "Ready for the knowledge check"
            : "In progress";
    }

    public IReadOnlyList<CourseStatus> Courses { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool RecordsFaceToFace => User.Has(PortalRole.SafeguardingLead) || User.Has(PortalRole.DepartmentLead) || User.Has(PortalRole.Champion);

    public bool ReviewsPriorLearning => User.Has(PortalRole.SafeguardingLead);

    /// <summary>Every certificate the learner holds, newest first: each completion issues a new one and keeps the old.</summary>
    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = UserId;
        var read = await Db.Set<TrainingProgress>().Where(p => p.UserId == userId).Select(p => new { p.Course, p.Chapter }).ToListAsync();
        var results = await Db.Set<QuizAttempt>().Where(a => a.UserId == userId && a.SubmittedAt != null).AsNoTracking().ToListAsync();
        Certificates = await Db.Set<Certificate>().Where(c => c.UserId == userId).AsNoTracking().ToListAsync();
        Certificates = [.. Certificates.OrderByDescending(c => c.CompletedOn).ThenBy(c => c.CourseTitle)];
        var today = Today = LondonTime.Today(time);
        Courses =
        [
            .. (await CoursesForLearnerAsync()).Select(course =>
            {
                var readHere = read.Where(r => r.Course == course.Slug).Select(r => r.Chapter).ToHashSet();
                return new CourseStatus(
                    course,
                    course.Chapters.Count(c => readHere.Contains(c.Slug)),
                    course.Chapters.FirstOrDefault(c => !readHere.Contains(c.Slug)),
                    results.Where(a => a.Course == course.Slug).OrderByDescending(a => a.Passed == true).ThenByDescending(a => a.SubmittedAt).FirstOrDefault(),
                    Certificates.FirstOrDefault(c => c.Course == course.Slug) is { } latest && Refreshers.CanTestOut(today, latest.ExpiresOn, latest.Revoked) ? latest : null);
            }),
        ];
    }
}
