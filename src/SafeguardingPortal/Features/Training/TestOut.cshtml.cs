using Microsoft.AspNetCore.Mvc;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// The refresher test-out: a learner whose certificate is due within 60 days (or has expired) takes the knowledge
/// check straight away, with the same fresh draw and pass mark. A pass issues a new certificate; a fail sends them
/// back to the chapters, and they may still try again.
/// </summary>
public sealed class TestOutModel(ContentStore content, PortalDbContext db, TrainingService training, TimeProvider time) : TrainingPageModel(content, db)
{
    /// <summary>The score of a failed test-out, shown once on the first chapter.</summary>
    public const string FailedScoreKey = "TestOutScore";

    public Course Course { get; private set; } = null!;

    public Certificate Latest { get; private set; } = null!;

    public bool Expired { get; private set; }

    public QuizAttempt Attempt { get; private set; } = null!;

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string course)
    {
        if (!await FindEligibleAsync(course))
        {
            return NotFound();
        }

        Attempt = await training.OpenAttemptAsync(UserId, Course, testOut: true);
        Questions = TrainingQuestions.Drawn(Course, Attempt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string course, Guid attempt)
    {
        if (!await FindEligibleAsync(course))
        {
            return NotFound();
        }

        var submitted = await training.SubmitAsync(UserId, Course, attempt, CheckModel.AnswersFrom(Course, Request.Form));
        if (submitted is null || !submitted.TestOut)
        {
            return Redirect($"/training/{Course.Slug}/test-out");
        }

        if (submitted.Passed == true)
        {
            return Redirect($"/training/{Course.Slug}/result/{submitted.Id}");
        }

        TempData[FailedScoreKey] = submitted.Percentage;
        return Redirect($"/training/{Course.Slug}/{Course.Chapters[0].Slug}");
    }

    /// <summary>Only a learner who may take the course and whose newest certificate for it is up for renewal.</summary>
    private async Task<bool> FindEligibleAsync(string slug)
    {
        var found = await FindCourseAsync(slug);
        var latest = found is null ? null : await training.LatestCertificateAsync(UserId, found.Slug);
        var today = LondonTime.Today(time);
        if (found is null || latest is null || !Refreshers.CanTestOut(today, latest.ExpiresOn, latest.Revoked))
        {
            return false;
        }

        (Course, Latest, Expired) = (found, latest, latest.ExpiresOn <= today);
        return true;
    }
}
