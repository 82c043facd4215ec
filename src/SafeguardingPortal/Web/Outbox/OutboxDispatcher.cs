using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxAttempts { get; set; } = 20;

    public int BatchSize { get; set; } = 50;
}

/// <summary>
/// Sends what the outbox holds, oldest first. A message that fails is tried again later with a growing wait;
/// one with no mailbox, or out of attempts, ends Failed so the people who can act see it.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    /// <summary>Sends every message that is due now; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (scope.ServiceProvider.GetService<IEmailSender>() is not { } sender)
        {
            logger.LogError("No email sender is configured: notifications are waiting in the outbox");
            return 0;
        }

        var now = time.GetUtcNow();
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in due)
        {
            message.Attempts++;
            if (message.Recipient is null)
            {
                Fail(message, "No mailbox is configured for this recipient.");
            }
            else
            {
                try
                {
                    await sender.SendAsync(message, cancellationToken);
                    message.Status = OutboxStatus.Sent;
                    message.SentAt = time.GetUtcNow();
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The exception's type only: its message could echo an address or a body.
                    Retry(message, ex.GetType().Name);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the rows wait, and the next tick tries again.
                logger.LogWarning("Outbox dispatch failed ({Error}); retrying on the next tick", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Retry(OutboxMessage message, string error)
    {
        message.LastError = error;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            Fail(message, error);
            return;
        }

        // 30 s, 1 min, 2 min… capped at 4 hours: twenty attempts span about a day.
        var wait = TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, message.Attempts - 1), TimeSpan.FromHours(4).TotalSeconds));
        message.NextAttemptAt = time.GetUtcNow() + wait;
        logger.LogWarning("Outbox message {Id} attempt {Attempt} failed ({Error}); next try in {Wait}", message.Id, message.Attempts, error, wait);
    }

    private void Fail(OutboxMessage message, string error)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = error;
        logger.LogError("Outbox message {Id} ({Kind}) failed for good: {Error}", message.Id, message.Kind, error);
    }
}
