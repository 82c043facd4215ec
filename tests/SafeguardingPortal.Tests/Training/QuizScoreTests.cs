using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Training;

public sealed class QuizScoreTests
{
    private static readonly IReadOnlyList<Question> Ten = Bank.OfSize(10);

    private static Dictionary<string, IReadOnlySet<int>> RightFor(int count, IReadOnlyList<Question> drawn) =>
        drawn.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x => (IReadOnlySet<int>)new HashSet<int> { x.i < count ? 0 : 1 });

    [Fact]
    public void Score_AllRight_IsOneHundredAndPasses()
    {
        var result = QuizScore.Score(Ten, RightFor(10, Ten), 80);

        Assert.Equal(100, result.Percentage);
        Assert.True(result.Passed);
        Assert.All(result.Questions, q => Assert.True(q.Correct));
    }

    [Fact]
    public void Score_EightOfTen_PassesAtAPassMarkOfEighty()
    {
        var result = QuizScore.Score(Ten, RightFor(8, Ten), 80);

        Assert.Equal(80, result.Percentage);
        Assert.Equal(8, result.CorrectCount);
        Assert.True(result.Passed);
        Assert.False(result.Questions[9].Correct);
        Assert.Equal("wrong", Assert.Single(result.Questions[9].ChosenOptions).Text);
    }

    [Fact]
    public void Score_SevenOfTen_Fails()
    {
        var result = QuizScore.Score(Ten, RightFor(7, Ten), 80);

        Assert.Equal(70, result.Percentage);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Score_PassMarkIsConfigurable()
    {
        Assert.True(QuizScore.Score(Ten, RightFor(7, Ten), 70).Passed);
        Assert.False(QuizScore.Score(Ten, RightFor(9, Ten), 100).Passed);
    }

    [Fact]
    public void Score_MultipleChoice_IsRightOnlyWithExactlyTheCorrectOptions()
    {
        Question[] drawn = [Bank.Several("a"), Bank.Several("b"), Bank.Several("c")];
        var answers = new Dictionary<string, IReadOnlySet<int>>
        {
            ["a"] = new HashSet<int> { 0, 1 },
            ["b"] = new HashSet<int> { 0 },
            ["c"] = new HashSet<int> { 0, 1, 2 },
        };

        var result = QuizScore.Score(drawn, answers, 80);

        Assert.Equal([true, false, false], result.Questions.Select(q => q.Correct));
        Assert.Equal(33, result.Percentage);
    }

    [Fact]
    public void Score_UnansweredQuestion_IsWrong()
    {
        var answers = RightFor(10, Ten);
        answers.Remove("q01");

        var result = QuizScore.Score(Ten, answers, 80);

        Assert.False(result.Questions[0].Correct);
        Assert.Equal(90, result.Percentage);
    }
}
