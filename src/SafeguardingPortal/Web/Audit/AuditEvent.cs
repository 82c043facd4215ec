namespace SafeguardingPortal.Web.Audit;

/// <summary>
/// Who did what to which record, when, and whether it was allowed (security.md §15). Never the record's
/// contents: an audit trail of special category data must not become a copy of it.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The signed-in person, or null for the system or an anonymous visitor.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>A dotted verb: <c>role.granted</c>, <c>concern.viewed</c>…</summary>
    public required string Action { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>A short, content-free detail such as the role granted and its scope.</summary>
    public string? Detail { get; init; }
}

public enum AuditOutcome
{
    Allowed,
    Refused,
}
