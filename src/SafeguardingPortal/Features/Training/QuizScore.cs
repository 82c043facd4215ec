namespace SafeguardingPortal.Features.Training;

/// <summary>How one question of an attempt was answered: the options chosen and whether they were exactly the right ones.</summary>
public sealed record QuestionResult(Question Question, IReadOnlySet<int> Chosen, bool Correct)
{
    public IEnumerable<QuestionOption> ChosenOptions => Chosen.Order().Where(i => i < Question.Options.Count).Select(i => Question.Options[i]);
}

public sealed record QuizResult(IReadOnlyList<QuestionResult> Questions, int Percentage, bool Passed)
{
    public int CorrectCount => Questions.Count(q => q.Correct);
}

/// <summary>Scores an attempt. Pure: plain records in, plain records out.</summary>
public static class QuizScore
{
    /// <param name="answers">The option indexes chosen, per question id; a question left out counts as wrong.</param>
    /// <param name="passMark">The percentage needed to pass, inclusive.</param>
    public static QuizResult Score(IReadOnlyList<Question> drawn, IReadOnlyDictionary<string, IReadOnlySet<int>> answers, int passMark)
    {
        var results = drawn.Select(q =>
        {
            var chosen = answers.GetValueOrDefault(q.Id) ?? new HashSet<int>();

            // A multiple-choice question is right only when every correct option and nothing else is chosen.
            return new QuestionResult(q, chosen, chosen.SetEquals(q.CorrectOptions));
        }).ToList();

        // Rounded down, so a pass is never granted by rounding.
        var percentage = drawn.Count == 0 ? 0 : results.Count(r => r.Correct) * 100 / drawn.Count;
        return new QuizResult(results, percentage, percentage >= passMark);
    }
}
