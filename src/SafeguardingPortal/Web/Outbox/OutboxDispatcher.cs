using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Alerts;

namespace SafeguardingPortal.Web.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxAttempts { get; set; } = 20;

    /// <summary>Messages one dispatcher sends at once, so one slow or retrying send does not hold up the rest.</summary>
    public int SendConcurrency { get; set; } = 4;

    /// <summary>The wait after a failed attempt; each next one doubles, up to two hours.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

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
    private readonly SemaphoreSlim claiming = new(1, 1);

    /// <summary>Sends every message that is due now, several at a time, until none is left; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (scope.ServiceProvider.GetService<IEmailSender>() is null)
            {
                logger.LogError("No email sender is configured: notifications are waiting in the outbox");
                return 0;
            }
        }

        var senders = Enumerable.Range(0, Math.Max(1, options.Value.SendConcurrency)).Select(_ => SendUntilNoneDueAsync(cancellationToken));
        return (await Task.WhenAll(senders)).Sum();
    }

    public override void Dispose()
    {
        claiming.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// One sender: claims a due row just before sending it and saves the outcome straight after, until none is due.
    /// A lease so has one send to cover, never a batch's: while the first rows of a batch claimed at once went to a
    /// slow email service, the last ones' leases ran out, another instance sent them, and then this one sent them
    /// again (bench/two-instances.sh). A dispatcher that dies resends only what was in flight.
    /// </summary>
    private async Task<int> SendUntilNoneDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var sent = 0;
        while (await ClaimNextAsync(db, cancellationToken) is { } message)
        {
            var failure = await TrySendAsync(sender, message, cancellationToken);
            message.Attempts++;
            message.LeaseUntil = null;
            switch (failure)
            {
                case null when message.Recipient is null:
                    Fail(db, message, AlertKind.NoMailbox, "No mailbox is configured for this recipient.");
                    break;
                case null:
                    message.Status = OutboxStatus.Sent;
                    message.SentAt = time.GetUtcNow();
                    sent++;
                    break;
                case EmailRefusedException refused:
                    Fail(db, message, AlertKind.NotificationFailed, refused.Message);
                    break;
                default:
                    // The status or the exception's type only: a message could echo an address or a body.
                    Retry(db, message, failure is HttpRequestException { StatusCode: { } status } ? $"HTTP {(int)status}" : failure.GetType().Name);
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);

            // A long backlog must not pile up in one context, where every save would check every row before it.
            db.ChangeTracker.Clear();
        }

        return sent;
    }

    /// <summary>Claims within this process one at a time: SQLite's claim is a read then a write, and the senders share it.</summary>
    private async Task<OutboxMessage?> ClaimNextAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await claiming.WaitAsync(cancellationToken);
        try
        {
            return await OutboxClaims.ClaimNextAsync(db, time.GetUtcNow(), options.Value.Lease, cancellationToken);
        }
        finally
        {
            claiming.Release();
        }
    }

    /// <summary>Sends one message; returns why it failed, or null when it was sent (or has no mailbox to send to).</summary>
    private static async Task<Exception?> TrySendAsync(IEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Recipient is null)
        {
            return null;
        }

        try
        {
            await sender.SendAsync(message, cancellationToken);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ex;
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

        // By default 30 s, 1 min, 2 min… capped at 2 hours: the nineteen waits between twenty attempts add up to about 24 hours.
        var wait = TimeSpan.FromSeconds(Math.Min(
            options.Value.FirstRetryDelay.TotalSeconds * Math.Pow(2, message.Attempts - 1), TimeSpan.FromHours(2).TotalSeconds));
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
