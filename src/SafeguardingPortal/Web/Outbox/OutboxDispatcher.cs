using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Alerts;

namespace SafeguardingPortal.Web.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxAttempts { get; set; } = 20;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claimed row is left to its dispatcher before another may take it (one that died mid-send). Rows are
    /// claimed one at a time, so it must outlast one send: longer than <c>Email:SendGrid:Timeout</c>.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Sends what the outbox holds, oldest first. A message that fails is tried again later with a growing wait;
/// one with no mailbox, refused by the email service, or out of attempts, ends Failed and raises an alert, so the
/// people who can act see it (security.md §19).
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

        var sent = 0;
        await foreach (var message in ClaimOneAtATimeAsync(db, cancellationToken))
        {
            message.Attempts++;
            message.LeaseUntil = null;
            if (message.Recipient is null)
            {
                Fail(db, message, AlertKind.NoMailbox, "No mailbox is configured for this recipient.");
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
                catch (EmailRefusedException ex)
                {
                    Fail(db, message, AlertKind.NotificationFailed, ex.Message);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // The status or the exception's type only: a message could echo an address or a body.
                    Retry(db, message, ex is HttpRequestException { StatusCode: { } status } ? $"HTTP {(int)status}" : ex.GetType().Name);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// Up to a batch of due rows, each claimed just before it is sent (after the one before it is saved), so a lease
    /// has one send to cover, never a batch's: while the first rows of a batch claimed at once were sent to a slow
    /// email service, the last ones' leases ran out, another instance claimed and sent them, and then this one sent
    /// them again (bench/two-instances.sh).
    /// </summary>
    private async IAsyncEnumerable<OutboxMessage> ClaimOneAtATimeAsync(PortalDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var claimed = 0; claimed < options.Value.BatchSize; claimed++)
        {
            if (await OutboxClaims.ClaimAsync(db, time.GetUtcNow(), 1, options.Value.Lease, cancellationToken) is not [var message])
            {
                yield break;
            }

            yield return message;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass waits one interval too: it then never races a test that sends the outbox itself.
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
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
    }

    private void Retry(PortalDbContext db, OutboxMessage message, string error)
    {
        message.LastError = error;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            Fail(db, message, AlertKind.NotificationFailed, $"{error}, after {message.Attempts} attempts");
            return;
        }

        // 30 s, 1 min, 2 min… capped at 2 hours: the nineteen waits between twenty attempts add up to about 24 hours.
        var wait = TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, message.Attempts - 1), TimeSpan.FromHours(2).TotalSeconds));
        message.NextAttemptAt = time.GetUtcNow() + wait;
        logger.LogWarning("Outbox message {Id} attempt {Attempt} failed ({Error}); next try in {Wait}", message.Id, message.Attempts, error, wait);
    }

    /// <summary>Ends the row Failed and raises an alert for the people who can act: its kind and team, never its content.</summary>
    private void Fail(PortalDbContext db, OutboxMessage message, AlertKind kind, string error)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = error;
        var about = message.Team is null ? $"A {message.Kind} email" : $"The {message.Team} team's {message.Kind} email";
        db.Add(new Alert
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Team = message.Team,
            OutboxMessageId = message.Id,
            Message = kind == AlertKind.NoMailbox ? $"{about} has no mailbox to go to." : $"{about} could not be sent: {error}.",
            RaisedAt = time.GetUtcNow(),
        });
        logger.LogError("Outbox message {Id} ({Kind}) failed for good: {Error}", message.Id, message.Kind, error);
    }
}
