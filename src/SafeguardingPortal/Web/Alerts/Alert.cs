namespace SafeguardingPortal.Web.Alerts;

/// <summary>What went wrong, for the people who can act on it.</summary>
public enum AlertKind
{
    /// <summary>A notification ran out of attempts or was refused by the email service.</summary>
    NotificationFailed,

    /// <summary>A notification had nowhere to go: the team has no mailbox configured.</summary>
    NoMailbox,

    /// <summary>The email service reported a team mailbox bouncing or dropping mail.</summary>
    MailboxUndeliverable,
}

/// <summary>
/// A visible alert (security.md §19: failures are shown to the people who can act), open until someone resolves
/// it. Never any detail of a concern: the notification's id, the team and what happened.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; init; }

    public AlertKind Kind { get; init; }

    /// <summary>The team key (<c>children</c>, <c>adults</c>…) whose inbox should show it, if any.</summary>
    public string? Team { get; init; }

    public Guid? OutboxMessageId { get; init; }

    public required string Message { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public Guid? ResolvedBy { get; set; }
}
