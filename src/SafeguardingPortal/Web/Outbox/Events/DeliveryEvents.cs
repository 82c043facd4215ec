using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Alerts;

namespace SafeguardingPortal.Web.Outbox.Events;

/// <summary>
/// Records SendGrid's events against the notifications they are about, each <c>sg_event_id</c> once, and raises
/// an alert when a team's mailbox bounces or drops a notification: the team then hears of reports some other way.
/// </summary>
public sealed class DeliveryEvents(PortalDbContext db, TimeProvider time, ILogger<DeliveryEvents> logger)
{
    private static readonly HashSet<string> Undeliverable = ["bounce", "dropped"];

    /// <summary>Records the events not seen before; returns how many were new.</summary>
    public async Task<int> RecordAsync(IReadOnlyList<WebhookEvent> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(e => e.Id).Distinct().ToList();
        var seen = await db.Set<DeliveryEvent>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var fresh = batch.DistinctBy(e => e.Id).Where(e => !seen.Contains(e.Id)).ToList();

        var notificationIds = fresh.Select(e => Guid.TryParse(e.NotificationId, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var notifications = await db.Set<OutboxMessage>().Where(m => notificationIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var item in fresh)
        {
            var notification = Guid.TryParse(item.NotificationId, out var id) ? notifications.GetValueOrDefault(id) : null;
            db.Set<DeliveryEvent>().Add(new DeliveryEvent { Id = item.Id, OutboxMessageId = notification?.Id, Event = item.Event, OccurredAt = item.OccurredAt, ReceivedAt = now });
            if (notification is not null && Undeliverable.Contains(item.Event) && notification.Team is { } team)
            {
                db.Set<Alert>().Add(new Alert
                {
                    Id = Guid.NewGuid(),
                    Kind = AlertKind.MailboxUndeliverable,
                    Team = team,
                    OutboxMessageId = notification.Id,
                    Message = $"The {team} team's mailbox did not accept a notification ({item.Event}): check the mailbox, and check the inbox for new reports.",
                    RaisedAt = now,
                });
                logger.LogError("The {Team} mailbox reported {Event} for notification {Id}", team, item.Event, notification.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }
}
