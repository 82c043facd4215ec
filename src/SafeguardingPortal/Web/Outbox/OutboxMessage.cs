namespace SafeguardingPortal.Web.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// An email to send, written in the same transaction as what it is about ("save first, notify after"), so a
/// crash can cause at most a duplicate, never a lost notification. Bodies never carry details of a concern.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>What the message is for: <c>team-notification</c>, <c>department-copy</c>…</summary>
    public required string Kind { get; init; }

    /// <summary>The mailbox, or null when none is configured (the row then fails, visibly).</summary>
    public string? Recipient { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    /// <summary>The same message as HTML (<see cref="EmailHtml"/>), sent alongside the text; null for older rows.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>The team key (<c>children</c>, <c>lado</c>…) of a team notification, so a failure alerts the right people.</summary>
    public string? Team { get; init; }

    public Guid? ConcernId { get; init; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Until when a dispatcher has claimed the row. A dispatcher that dies mid-send leaves the lease to run out, and
    /// the row is then due again: a duplicate is possible, a loss is not.
    /// </summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    /// <summary>An email due at <paramref name="queuedAt"/>: the text as written, and the same as HTML.</summary>
    public static OutboxMessage Email(
        string kind, string? recipient, string subject, string body, DateTimeOffset queuedAt, string? team = null, Guid? concernId = null) => new()
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Recipient = recipient,
            Team = team,
            ConcernId = concernId,
            Subject = subject,
            TextBody = body,
            HtmlBody = EmailHtml.From(subject, body),
            CreatedAt = queuedAt,
            NextAttemptAt = queuedAt,
        };
}
