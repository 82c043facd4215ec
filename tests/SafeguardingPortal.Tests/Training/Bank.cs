using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Training;

/// <summary>Plain question banks for the pure training functions' tests.</summary>
internal static class Bank
{
    /// <summary>A single-choice question whose first of three options is right.</summary>
    public static Question One(string id) => new(id, $"Question {id}", QuestionKind.OneAnswer, "chapter", ReviewStatus.Reviewed,
        [new("right", true, "Yes"), new("wrong", false, "No"), new("also wrong", false, "No")]);

    /// <summary>A multiple-choice question whose first two of three options are right.</summary>
    public static Question Several(string id) => new(id, $"Question {id}", QuestionKind.SeveralAnswers, "chapter", ReviewStatus.Reviewed,
        [new("right", true, "Yes"), new("also right", true, "Yes"), new("wrong", false, "No")]);

    public static IReadOnlyList<Question> OfSize(int size) => [.. Enumerable.Range(1, size).Select(i => One($"q{i:00}"))];
}
