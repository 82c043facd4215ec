namespace SafeguardingPortal.Web.Outbox;

/// <summary>Delivers one outbox message; throws when it could not (the dispatcher retries).</summary>
public interface IEmailSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
