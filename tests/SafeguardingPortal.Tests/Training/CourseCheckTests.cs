using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Training;

/// <summary>The content check's rules for courses, against copies of the real content/ folder with one thing broken.</summary>
public sealed class CourseCheckTests : IDisposable
{
    private const string Essentials = "safeguarding-essentials";
    private static readonly Func<string, bool> AppRoutes = path => path is "/report";
    private readonly ContentCopy copy = new();

    public void Dispose() => copy.Dispose();

    private IReadOnlyList<ContentProblem> Check() => ContentCheck.Run(ContentLoader.Load(copy.Path), AppRoutes);

    private void Edit(string file, Func<string, string> change) => copy.Edit(Path.Combine("training", Essentials, file), change);

    /// <summary>Keeps the first <paramref name="count"/> questions of the bank.</summary>
    private static string KeepQuestions(string yaml, int count)
    {
        var parts = yaml.Split("\n- id: ");
        return string.Join("\n- id: ", parts.Take(count + 1)) + "\n";
    }

    [Fact]
    public void Level1_LoadsWithItsChaptersAndAtLeastThirtyQuestions()
    {
        var course = ContentLoader.Load(copy.Path).FindCourse(Essentials);

        Assert.NotNull(course);
        Assert.Equal("Notice the Signs: safeguarding essentials", course.Title);
        Assert.Equal(CourseLevel.Level1, course.Level);
        Assert.Equal(CourseAudience.All, course.Audience);
        Assert.Equal((80, 10, 3), (course.PassMark, course.Draw, course.ValidityYears));
        Assert.InRange(course.Chapters.Count, 4, 6);
        Assert.True(course.Questions.Count >= 30);
        Assert.Empty(Check());
    }

    [Fact]
    public void Check_BankOfTwentyNine_Fails()
    {
        Edit("questions.yml", yaml => KeepQuestions(yaml, 29));

        Assert.Contains(Check(), p => p.File == $"training/{Essentials}/questions.yml" && p.Message.Contains("needs at least 30", StringComparison.Ordinal));
        Assert.Null(ContentLoader.Load(copy.Path).FindCourse(Essentials));
    }

    [Fact]
    public void Check_BankOfThirty_Passes()
    {
        Edit("questions.yml", yaml => KeepQuestions(yaml, 30));

        Assert.Empty(Check());
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    public void Check_DrawOtherThanTen_Fails(int draw)
    {
        Edit("course.md", text => text.Replace("draw: 10", $"draw: {draw}", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message == $"draw must be 10 questions, not {draw}");
    }

    [Fact]
    public void Check_SingleChoiceWithTwoCorrectOptions_Fails()
    {
        Edit("questions.yml", yaml => yaml.Replace("correct: false\n    feedback: 'Not quite: a child is anyone under 18.'", "correct: true\n    feedback: 'Not quite: a child is anyone under 18.'", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message == "question l1-01: a single-choice question needs exactly one correct option, not 2");
    }

    [Fact]
    public void Check_MultipleChoiceWithNoCorrectOption_Fails()
    {
        Edit("questions.yml", yaml => yaml.Replace("correct: true\n    feedback: 'Right: neglect is one of the four kinds.'", "correct: false\n    feedback: 'Right: neglect is one of the four kinds.'", StringComparison.Ordinal)
            .Replace("correct: true\n    feedback: 'Right: emotional abuse is one of the four kinds.'", "correct: false\n    feedback: 'x'", StringComparison.Ordinal)
            .Replace("correct: true\n    feedback: 'Right: physical abuse is one of the four kinds.'", "correct: false\n    feedback: 'x'", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message == "question l1-03: a multiple-choice question needs at least one correct option");
    }

    [Fact]
    public void Check_FeedbackPointingAtAMissingChapter_Fails()
    {
        Edit("questions.yml", yaml => yaml.Replace("chapter: how-to-report", "chapter: how-to-phone", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message.StartsWith("question l1-25: chapter 'how-to-phone' to re-read is not a chapter", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenLinkInAChapter_Fails()
    {
        Edit("04-how-to-report.md", text => text + "\n[Old page](/no-such-page)\n");

        Assert.Contains(Check(), p => p.File == $"training/{Essentials}/04-how-to-report.md" && p.Message.StartsWith("broken link", StringComparison.Ordinal));
    }

    [Fact]
    public void DraftMaterial_IsListedForReview()
    {
        var course = ContentLoader.Load(copy.Path).FindCourse(Essentials)!;

        var drafts = DraftTrainingMaterial.Of(course).ToList();

        Assert.Contains(drafts, d => d.File == $"content/training/{Essentials}/course.md");
        Assert.Contains(drafts, d => d.What.StartsWith("Chapter 4: How to report", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.What.StartsWith("Question l1-01:", StringComparison.Ordinal));
    }
}
