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

    /// <summary>The learner's open attempt, or a new one drawn away from their last draw so a re-attempt is fresh.</summary>
    public async Task<QuizAttempt> OpenAttemptAsync(Guid userId, Course course)
    {
        var attempts = db.Set<QuizAttempt>().Where(a => a.UserId == userId && a.Course == course.Slug);
        var open = await attempts.Where(a => a.SubmittedAt == null).OrderByDescending(a => a.StartedAt).FirstOrDefaultAsync();
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
            db.Add(new Certificate
            {
                Id = Guid.NewGuid(),
                Code = CertificateCodes.New(),
                UserId = userId,
                AttemptId = attempt.Id,
                HolderName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(),
                Course = course.Slug,
                CourseTitle = course.Title,
                Level = course.LevelName,
                CompletedOn = completedOn,
                ExpiresOn = Refreshers.Due(completedOn, course.ValidityYears),
                Score = result.Percentage,
            });
        }

        await db.SaveChangesAsync();
        return attempt;
    }
}
