namespace SafeguardingPortal.Features.Training;

/// <summary>The YAML of <c>course.md</c>, as written (docs/content.md, "Training courses").</summary>
public sealed class CourseFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Level { get; set; }
    public string? Audience { get; set; }
    public int? PassMark { get; set; }
    public int? Draw { get; set; }
    public int? ValidityYears { get; set; }
    public string? Status { get; set; }
}

/// <summary>The YAML at the top of a chapter file.</summary>
public sealed class ChapterFrontMatter
{
    public string? Title { get; set; }
    public string? Status { get; set; }
}

/// <summary><c>questions.yml</c>, as written.</summary>
public sealed class QuestionBankFile
{
    public List<QuestionEntry> Questions { get; set; } = [];
}

public sealed class QuestionEntry
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Kind { get; set; }
    public string? Chapter { get; set; }
    public string? Status { get; set; }
    public List<OptionEntry> Options { get; set; } = [];
}

public sealed class OptionEntry
{
    public string? Text { get; set; }
    public bool Correct { get; set; }
    public string? Feedback { get; set; }
}
