using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Pledges;

namespace SafeguardingPortal.Features.Training;

/// <summary>A submitted attempt: the score, and for each question whether it was right, the feedback and the chapter to re-read.</summary>
public sealed class ResultModel(ContentStore content, PortalDbContext db, TimeProvider time) : TrainingPageModel(content, db)
{
    public Course Course { get; private set; } = null!;

    public QuizResult Result { get; private set; } = null!;

    /// <summary>The certificate this attempt earned, when it passed.</summary>
    public string? CertificateCode { get; private set; }

    /// <summary>Passing Level 1 prompts the pledge (issue 6) for someone who has no current pledge, a lapsed one included.</summary>
    public bool PromptPledge { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, Guid attempt)
    {
        var found = await FindCourseAsync(course);
        var userId = UserId;
        var stored = await Db.Set<QuizAttempt>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attempt && a.UserId == userId && a.Course == course && a.SubmittedAt != null);
        if (found is null || stored is null)
        {
            return NotFound();
        }

        Course = found;
        CertificateCode = await Db.Set<Certificate>().Where(c => c.AttemptId == stored.Id).Select(c => c.Code).SingleOrDefaultAsync();

        // Re-scored from the stored answers so the feedback matches the course as it is now; the stored percentage is the record.
        Result = QuizScore.Score(TrainingQuestions.Drawn(found, stored), TrainingQuestions.ParseAnswers(stored.Answers), found.PassMark) with
        {
            Percentage = stored.Percentage ?? 0,
            Passed = stored.Passed == true,
        };
        PromptPledge = Result.Passed && found.Level == CourseLevel.Level1 && !await HasCurrentPledgeAsync(userId);
        return Page();
    }

    private async Task<bool> HasCurrentPledgeAsync(Guid userId)
    {
        var pledges = await Db.Set<Pledge>().Where(p => p.UserId == userId && p.WithdrawnAt == null).AsNoTracking().ToListAsync();
        var now = time.GetUtcNow();
        return pledges.Any(p => PledgeRules.IsCurrent(p, now));
    }
}
