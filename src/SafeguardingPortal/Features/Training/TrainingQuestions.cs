using System.Globalization;

namespace SafeguardingPortal.Features.Training;

/// <summary>Between an attempt's stored text and the course's questions and chosen options.</summary>
public static class TrainingQuestions
{
    /// <summary>The attempt's drawn questions still in the bank, in the order shown (a question removed since is left out).</summary>
    public static IReadOnlyList<Question> Drawn(Course course, QuizAttempt attempt) =>
        [.. attempt.DrawnIds.Select(id => course.Questions.FirstOrDefault(q => q.Id == id)).OfType<Question>()];

    public static string FormatAnswers(QuizResult result) =>
        string.Join(' ', result.Questions.Select(q => $"{q.Question.Id}={string.Join(',', q.Chosen.Order())}"));

    public static IReadOnlyDictionary<string, IReadOnlySet<int>> ParseAnswers(string? stored) =>
        (stored ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                pair => pair[0],
                pair => (IReadOnlySet<int>)pair[1].Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToHashSet());
}
