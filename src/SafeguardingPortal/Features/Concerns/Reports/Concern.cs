using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Reports;

public enum ConcernStatus
{
    /// <summary>Routed and waiting for the teams.</summary>
    New,

    /// <summary>Looks automated: held for a person to check and release, never dropped.</summary>
    Quarantined,

    /// <summary>A quarantined report the safeguarding lead judged not to be a real concern: kept, with the reason, never deleted.</summary>
    Rejected,
}

/// <summary>
/// A submitted report. Everything the reporter wrote or told us about people — the answers, the description and
/// the reporter's contact details — is in <see cref="ProtectedAnswers"/>, encrypted with authenticated
/// encryption. What the teams' queues need to sort and filter (urgency, destinations, rules) is not personal.
/// </summary>
public sealed class Concern
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public ConcernStatus Status { get; set; }

    public string? QuarantineReason { get; set; }

    public Urgency Urgency { get; init; }

    public ReporterRole ReporterRole { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>Where the reporter came from (a poster's QR code, a pledge card…), for campaign impact; no personal data.</summary>
    public string? Source { get; init; }

    /// <summary>Every category of abuse ticked for anyone in the report (<see cref="Reports.CategoryMask"/>); 0 for reports saved before it was kept.</summary>
    public int CategoryMask { get; init; }

    /// <summary>The London date by which a team should decide (the next working day); restarted when a quarantined report is released.</summary>
    public DateOnly DecideBy { get; set; }

    /// <summary>The rule IDs that fired, space-separated, so every decision can be explained.</summary>
    public required string RulesFired { get; init; }

    /// <summary>The reference-data version the decision used.</summary>
    public required string ReferenceDataVersion { get; init; }

    /// <summary>The full decision as JSON (no personal data in it).</summary>
    public required string DecisionJson { get; init; }

    /// <summary>The answers, description and contact details as Data Protection ciphertext.</summary>
    public required string ProtectedAnswers { get; set; }

    /// <summary>Why the safeguarding lead rejected a quarantined report, as Data Protection ciphertext.</summary>
    public string? ProtectedRejectionReason { get; set; }

    /// <summary>When the last team closed its case: the retention period counts from here.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the retention job removed everything personal, keeping only what the statistics need.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public List<ConcernDestination> Destinations { get; init; } = [];
}

/// <summary>One destination of the decision, as a row, so each team's inbox can find the concerns routed to it.</summary>
public sealed class ConcernDestination
{
    public long Id { get; init; }

    public Guid ConcernId { get; init; }

    public Team Team { get; init; }

    public string? AuthorityCode { get; init; }

    public RoutingAction Action { get; init; }

    public int? PersonIndex { get; init; }
}
