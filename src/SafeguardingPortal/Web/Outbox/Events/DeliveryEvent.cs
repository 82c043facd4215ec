namespace SafeguardingPortal.Web.Outbox.Events;

/// <summary>
/// One event SendGrid reported about a message (delivered, deferred, bounce, dropped…), kept once per
/// <c>sg_event_id</c> so a retried webhook delivery is never counted twice.
/// </summary>
public sealed class DeliveryEvent
{
    /// <summary>SendGrid's <c>sg_event_id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The outbox row it is about (from the <c>notification_id</c> custom argument), if it is one of ours.</summary>
    public Guid? OutboxMessageId { get; init; }

    public required string Event { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
