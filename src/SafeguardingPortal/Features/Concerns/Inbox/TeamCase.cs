using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Inbox;

public enum CaseStatus
{
    New,
    Acknowledged,
    AwaitingSignOff,
    Decided,
    Closed,
    Transferred,
}

/// <summary>What the team decided to do about a concern, from the statutory and local options.</summary>
public enum CaseDecision
{
    NoFurtherAction,
    AdviceAndSignposting,
    EarlyHelp,
    ChildInNeedAssessment,
    StrategyDiscussion,
    AdultSafeguardingEnquiry,
    ReferToLado,
    TransferToAnotherCouncil,
}

/// <summary>Whether the outcomes an adult wanted were met (making safeguarding personal).</summary>
public enum OutcomesMet
{
    Yes,
    Partly,
    No,
    NotKnown,
}

/// <summary>
/// One team's handling of one concern. A concern routed to two teams is two cases, each with its own clock,
/// decision and sign-off. Free text (rationale, transfer reason, outcome) is Data Protection ciphertext.
/// </summary>
public sealed class TeamCase
{
    public Guid Id { get; init; }

    public Guid ConcernId { get; init; }

    public Team Team { get; init; }

    public CaseStatus Status { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public Guid? AcknowledgedBy { get; set; }

    public CaseDecision? Decision { get; set; }

    public string? ProtectedRationale { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? SignedOffAt { get; set; }

    public Guid? SignedOffBy { get; set; }

    public Team? TransferredTo { get; set; }

    public string? ProtectedTransferReason { get; set; }

    /// <summary>When to check on a family stepped down to early help.</summary>
    public DateOnly? FollowUpOn { get; set; }

    public string? ProtectedOutcome { get; set; }

    /// <summary>An adult's own answer to "do you feel safer?", 1 to 10, when they gave one.</summary>
    public int? FeelsSafer { get; set; }

    public OutcomesMet? OutcomesMet { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public Guid? ClosedBy { get; set; }

    public List<CaseNote> Notes { get; init; } = [];
}

/// <summary>A note on a team's case; the text is Data Protection ciphertext.</summary>
public sealed class CaseNote
{
    public long Id { get; init; }

    public Guid TeamCaseId { get; init; }

    public Guid? AuthorId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ProtectedText { get; init; }
}
