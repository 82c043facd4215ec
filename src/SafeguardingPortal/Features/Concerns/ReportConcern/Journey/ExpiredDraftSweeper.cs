using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// Deletes reports left idle past the timeout, so a stranger's abandoned answers (special category data, even
/// encrypted) do not wait in the database for someone else to start a report.
/// </summary>
public sealed class ExpiredDraftSweeper(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReportJourneyOptions> options, ILogger<ExpiredDraftSweeper> logger)
    : BackgroundService
{
    /// <summary>Deletes every expired draft now; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportDrafts>().DeleteExpiredAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the next tick tries again.
                logger.LogWarning("Deleting expired reports failed ({Error}); retrying on the next tick", ex.GetType().Name);
            }
        }
    }
}
