using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>Team notifications as ConcernService queues them, for tests that fill the outbox themselves.</summary>
internal static class TeamNotifications
{
    /// <summary>One due at <paramref name="due"/>, and queued then unless <paramref name="queuedAt"/> orders it among others.</summary>
    public static OutboxMessage Row(
        DateTimeOffset due, string reference = "NTS-TEST", DateTimeOffset? queuedAt = null, string? recipient = "children.duty@cityoflondon.gov.uk", string team = "children")
    {
        var subject = $"[P2] New safeguarding concern {reference}";
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Kind = "team-notification",
            Team = team,
            Recipient = recipient,
            Subject = subject,
            TextBody = "A safeguarding concern has been routed to you.\n\nOpen it in the safeguarding inbox: https://portal.test/inbox",
            HtmlBody = EmailHtml.From(subject, "A safeguarding concern has been routed to you."),
            CreatedAt = queuedAt ?? due,
            NextAttemptAt = due,
        };
    }
}
