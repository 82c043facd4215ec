using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Training;

public sealed class QuizDrawTests
{
    private static readonly IReadOnlyList<Question> Thirty = Bank.OfSize(30);

    [Fact]
    public void Draw_TakesTheCountOfDistinctQuestionsFromTheBank()
    {
        var drawn = QuizDraw.Draw(Thirty, 10, new Random(1));

        Assert.Equal(10, drawn.Count);
        Assert.Equal(10, drawn.Select(q => q.Id).Distinct().Count());
        Assert.All(drawn, q => Assert.Contains(q, Thirty));
    }

    [Fact]
    public void Draw_IsRandom_TheSameSeedRepeatsAndAnotherDiffers()
    {
        var first = Ids(QuizDraw.Draw(Thirty, 10, new Random(7)));

        Assert.Equal(first, Ids(QuizDraw.Draw(Thirty, 10, new Random(7))));
        Assert.NotEqual(first, Ids(QuizDraw.Draw(Thirty, 10, new Random(8))));
        Assert.NotEqual(Ids(Thirty.Take(10)), first);
    }

    [Fact]
    public void Draw_AfterAnAttempt_DrawsQuestionsNotInTheLastDraw()
    {
        var last = QuizDraw.Draw(Thirty, 10, new Random(3)).Select(q => q.Id).ToHashSet();

        var next = QuizDraw.Draw(Thirty, 10, new Random(3), last);

        Assert.Empty(next.Select(q => q.Id).Intersect(last));
    }

    [Fact]
    public void Draw_WhenTheUnseenRunOut_TopsUpFromTheLastDraw()
    {
        var bank = Bank.OfSize(12);
        var last = bank.Take(10).Select(q => q.Id).ToHashSet();

        var next = QuizDraw.Draw(bank, 10, new Random(5), last);

        Assert.Equal(10, next.Select(q => q.Id).Distinct().Count());
        Assert.Contains(next, q => q.Id == "q11");
        Assert.Contains(next, q => q.Id == "q12");
    }

    [Fact]
    public void Draw_MoreThanTheBank_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizDraw.Draw(Bank.OfSize(9), 10, new Random(1)));

    private static string[] Ids(IEnumerable<Question> questions) => [.. questions.Select(q => q.Id)];
}
