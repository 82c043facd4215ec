using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Training;

/// <summary>The writes of training: chapters read, knowledge-check attempts started and submitted, certificates issued.</summary>
public sealed class TrainingService(PortalDbContext db, TimeProvider time)
{
    public async Task MarkReadAsync(Guid userId, Course course, Chapter chapter)
    {
        Task<bool> AlreadyRead() => db.Set<TrainingProgress>().AnyAsync(p => p.UserId == userId && p.Course == course.Slug && p.Chapter == chapter.Slug);
        if (await AlreadyRead())
        {
            return;
        }

        db.Add(new TrainingProgress { Id = Guid.NewGuid(), UserId = userId, Course = course.Slug, Chapter = chapter.Slug, ReadAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another device marked it read at the same moment: the unique index kept one row, which is all we need.
            db.ChangeTracker.Clear();
            if (!await AlreadyRead())
            {
                throw;
            }
        }
    }

    /// <summary>
    /// The learner's open attempt of this kind (knowledge check or test-out), or a new one drawn away from their last
    /// draw so a re-attempt is fresh.
    /// </summary>
    public async Task<QuizAttempt> OpenAttemptAsync(Guid userId, Course course, bool testOut = false)
    {
        var attempts = db.Set<QuizAttempt>().Where(a => a.UserId == userId && a.Course == course.Slug);
        var open = await attempts.Where(a => a.SubmittedAt == null && a.TestOut == testOut).OrderByDescending(a => a.StartedAt).FirstOrDefaultAsync();
        if (open is not null)
        {
            return open;
        }

        var last = await attempts.OrderByDescending(a => a.StartedAt).Select(a => a.QuestionIds).FirstOrDefaultAsync();
        var drawn = QuizDraw.Draw(course.Questions, course.Draw, Random.Shared, last?.Split(' ').ToHashSet());
        var attempt = new QuizAttempt
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Course = course.Slug,
            QuestionIds = string.Join(' ', drawn.Select(q => q.Id)),
            StartedAt = time.GetUtcNow(),
            TestOut = testOut,
        };
        db.Add(attempt);
        await db.SaveChangesAsync();
        return attempt;
    }

    /// <summary>Scores the open attempt against its stored draw (unanswered questions count as wrong); a pass issues a certificate in the same save.</summary>
    public async Task<QuizAttempt?> SubmitAsync(Guid userId, Course course, Guid attemptId, IReadOnlyDictionary<string, IReadOnlySet<int>> answers)
    {
        var attempt = await db.Set<QuizAttempt>().SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == userId && a.Course == course.Slug && a.SubmittedAt == null);
        if (attempt is null)
        {
            return null;
        }

        var result = QuizScore.Score(TrainingQuestions.Drawn(course, attempt), answers, course.PassMark);
        attempt.SubmittedAt = time.GetUtcNow();
        attempt.Answers = TrainingQuestions.FormatAnswers(result);
        attempt.Percentage = result.Percentage;
        attempt.Passed = result.Passed;
        if (result.Passed)
        {
            var completedOn = LondonTime.Date(attempt.SubmittedAt.Value);
            await IssueAsync(userId, course, CompletionMethod.Online, completedOn, Refreshers.Due(completedOn, course.ValidityYears), course.LevelName, result.Percentage, attempt.Id);
        }

        await db.SaveChangesAsync();
        return attempt;
    }

    /// <summary>
    /// Adds a certificate with a fresh code to this unit of work. Every way of completing a course comes through here,
    /// so a prior-learning or face-to-face completion counts exactly like an online one.
    /// </summary>
    public async Task<Certificate> IssueAsync(Guid userId, Course course, CompletionMethod method, DateOnly completedOn, DateOnly expiresOn, string level, int? score = null, Guid? attemptId = null)
    {
        var certificate = new Certificate
        {
            Id = Guid.NewGuid(),
            Code = CertificateCodes.New(),
            UserId = userId,
            AttemptId = attemptId,
            Method = method,
            HolderName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(),
            Course = course.Slug,
            CourseTitle = course.Title,
            Level = level,
            CompletedOn = completedOn,
            ExpiresOn = expiresOn,
            Score = score,
        };
        db.Add(certificate);
        return certificate;
    }

    /// <summary>The learner's newest certificate for the course: the one that decides their refresher.</summary>
    public Task<Certificate?> LatestCertificateAsync(Guid userId, string course) =>
        db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId && c.Course == course)
            .OrderByDescending(c => c.CompletedOn).FirstOrDefaultAsync();
}
