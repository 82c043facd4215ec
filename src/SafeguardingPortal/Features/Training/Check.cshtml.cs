using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// The knowledge check: the questions of the learner's open attempt, drawn and stored server-side. The page
/// carries only the attempt id and option numbers, never which are right; an unanswered question counts as wrong.
/// </summary>
public sealed class CheckModel(ContentStore content, PortalDbContext db, TrainingService training) : TrainingPageModel(content, db)
{
    public Course Course { get; private set; } = null!;

    public QuizAttempt Attempt { get; private set; } = null!;

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public static string FieldName(Question question) => $"answer-{question.Id}";

    public async Task<IActionResult> OnGetAsync(string course)
    {
        var found = await FindCourseAsync(course);
        if (found is null)
        {
            return NotFound();
        }

        Course = found;
        Attempt = await training.OpenAttemptAsync(UserId, found);
        Questions = TrainingQuestions.Drawn(found, Attempt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string course, Guid attempt)
    {
        var found = await FindCourseAsync(course);
        if (found is null)
        {
            return NotFound();
        }

        var submitted = await training.SubmitAsync(UserId, found, attempt, AnswersFrom(found, Request.Form));

        // An attempt already submitted (the back button, a second tab) shows the check again with a fresh draw.
        return Redirect(submitted is null ? $"/training/{found.Slug}/check" : $"/training/{found.Slug}/result/{submitted.Id}");
    }

    /// <summary>The options chosen for each of the course's questions; anything that is not an option of the question is ignored.</summary>
    public static Dictionary<string, IReadOnlySet<int>> AnswersFrom(Course course, IFormCollection form) =>
        course.Questions.ToDictionary(
            q => q.Id,
            q => (IReadOnlySet<int>)form[FieldName(q)]
                .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
                .Where(i => i >= 0 && i < q.Options.Count)
                .ToHashSet());
}
