using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Web.Monitoring;

public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>How often the backlogs are counted: a few cheap counts, whatever the number of instances.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Counts the backlogs in the database now and then for <see cref="PortalMetrics"/>: metric callbacks run on the
/// exporter's thread and must not wait on the database.
/// </summary>
public sealed class BacklogSampler(IServiceScopeFactory scopes, PortalMetrics metrics, TimeProvider time, IOptions<MonitoringOptions> options, ILogger<BacklogSampler> logger)
    : BackgroundService
{
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = time.GetUtcNow();
        var outbox = await db.Set<OutboxMessage>()
            .Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToListAsync(cancellationToken);
        var pending = outbox.SingleOrDefault(g => g.Status == OutboxStatus.Pending);
        metrics.Update(new Backlog(
            Quarantined: await db.Set<Concern>().CountAsync(c => c.Status == ConcernStatus.Quarantined, cancellationToken),
            Overdue: await ConcernQueries.OverdueAsync(db, LondonTime.Today(time), cancellationToken),
            OutboxPending: pending?.Count ?? 0,
            OldestPendingAge: pending is null ? TimeSpan.Zero : now - pending.Oldest,
            OutboxFailed: outbox.SingleOrDefault(g => g.Status == OutboxStatus.Failed)?.Count ?? 0));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Counting the backlogs for the metrics failed ({Error}); tried again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
