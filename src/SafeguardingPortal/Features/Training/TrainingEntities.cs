namespace SafeguardingPortal.Features.Training;

/// <summary>One chapter a learner has read; one row per learner, course and chapter, so progress resumes on any device.</summary>
public sealed class TrainingProgress
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Course { get; set; } = "";
    public string Chapter { get; set; } = "";
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>
/// One attempt at a course's knowledge check. The draw is stored here when the attempt starts, so the page
/// never carries which questions (or answers) count; the answers and score are added when it is submitted.
/// </summary>
public sealed class QuizAttempt
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Course { get; set; } = "";

    /// <summary>The drawn question ids in the order shown, separated by spaces.</summary>
    public string QuestionIds { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The options chosen, as <c>questionId=0,2</c> separated by spaces.</summary>
    public string? Answers { get; set; }

    public int? Percentage { get; set; }
    public bool? Passed { get; set; }

    public IReadOnlyList<string> DrawnIds => QuestionIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
