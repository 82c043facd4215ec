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

    /// <summary>A renewal's test-out: taken without re-reading the chapters, so a fail sends the learner back to them.</summary>
    public bool TestOut { get; set; }

    public IReadOnlyList<string> DrawnIds => QuestionIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>How a completion was earned; all three count the same for refreshers, records and verification.</summary>
public enum CompletionMethod
{
    Online,
    PriorLearning,
    FaceToFace,
}

/// <summary>
/// Issued on every completion (a pass, approved prior learning, a face-to-face briefing) with fresh dates; earlier
/// ones stay as the learner's history. The holder's name and the course title are copied as they were on the day,
/// so a certificate never changes after it is issued.
/// </summary>
public sealed class Certificate
{
    public Guid Id { get; set; }

    /// <summary>The public code on the certificate and in its verification URL.</summary>
    public string Code { get; set; } = "";

    public Guid UserId { get; set; }

    /// <summary>The knowledge-check attempt passed, for an online completion only.</summary>
    public Guid? AttemptId { get; set; }

    public CompletionMethod Method { get; set; }

    public string HolderName { get; set; } = "";
    public string Course { get; set; } = "";
    public string CourseTitle { get; set; } = "";
    public string Level { get; set; } = "";
    public DateOnly CompletedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }

    /// <summary>The knowledge-check score; none for prior learning or face-to-face attendance.</summary>
    public int? Score { get; set; }

    public bool Revoked { get; set; }
}

/// <summary>One refresher reminder sent for a certificate; unique per certificate and kind, so each goes exactly once.</summary>
public sealed class RefresherReminder
{
    public Guid Id { get; set; }
    public Guid CertificateId { get; set; }
    public ReminderKind Kind { get; set; }
    public Guid OutboxMessageId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
