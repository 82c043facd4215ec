namespace SafeguardingPortal.Features.Training;

/// <summary>One piece of course material still marked draft, as the content-status page lists it.</summary>
public sealed record DraftTrainingMaterial(string Course, string What, string File)
{
    public static IEnumerable<DraftTrainingMaterial> Of(Course course)
    {
        var folder = $"content/training/{course.Slug}";
        if (course.Status == ReviewStatus.Draft)
        {
            yield return new(course.Title, "Course settings", $"{folder}/course.md");
        }

        foreach (var chapter in course.Chapters.Where(c => c.Status == ReviewStatus.Draft))
        {
            yield return new(course.Title, $"Chapter {chapter.Number}: {chapter.Title}", $"{folder}/{chapter.SourceFile}");
        }

        foreach (var question in course.Questions.Where(q => q.Status == ReviewStatus.Draft))
        {
            yield return new(course.Title, $"Question {question.Id}: {question.Text}", $"{folder}/questions.yml");
        }
    }
}
