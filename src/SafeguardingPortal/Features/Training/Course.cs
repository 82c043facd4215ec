using SafeguardingPortal.Content;

namespace SafeguardingPortal.Features.Training;

public enum CourseLevel
{
    Level1,
    Level2,
    Champion,
}

/// <summary>Who a course is for: everyone signed in, people with the contact-role flag, or champions.</summary>
public enum CourseAudience
{
    All,
    ContactRole,
    Champions,
}

/// <summary>Whether the service owner has reviewed a piece of course material (docs/content.md, "Training").</summary>
public enum ReviewStatus
{
    Draft,
    Reviewed,
}

/// <summary>Written <c>single</c> or <c>multiple</c> in <c>questions.yml</c>.</summary>
public enum QuestionKind
{
    OneAnswer,
    SeveralAnswers,
}

public sealed record Chapter(int Number, string Slug, string Title, ReviewStatus Status, string SourceFile, RenderedMarkdown Body);

public sealed record QuestionOption(string Text, bool Correct, string Feedback);

/// <summary>One question of a bank; <see cref="Chapter"/> is the slug of the chapter to re-read after a wrong answer.</summary>
public sealed record Question(string Id, string Text, QuestionKind Kind, string Chapter, ReviewStatus Status, IReadOnlyList<QuestionOption> Options)
{
    public IReadOnlySet<int> CorrectOptions { get; } = Options.Select((o, i) => (o, i)).Where(x => x.o.Correct).Select(x => x.i).ToHashSet();
}

/// <summary>A course from <c>content/training/&lt;slug&gt;/</c>: its settings, chapters in order and question bank.</summary>
public sealed record Course(
    string Slug,
    string Title,
    string Summary,
    CourseLevel Level,
    CourseAudience Audience,
    int PassMark,
    int Draw,
    int ValidityYears,
    ReviewStatus Status,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<Question> Questions)
{
    public string LevelName => NameOf(Level);

    /// <summary>A level as certificates print it.</summary>
    public static string NameOf(CourseLevel level) => level switch
    {
        CourseLevel.Level1 => "Level 1",
        CourseLevel.Level2 => "Level 2",
        _ => "Champion",
    };

    public Chapter? FindChapter(string slug) => Chapters.FirstOrDefault(c => c.Slug == slug);
}
