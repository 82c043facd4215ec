namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>Takes the month-end coverage snapshot: checks every few hours, so a restart on the 1st still takes it that day.</summary>
public sealed class CoverageSnapshotService(IServiceScopeFactory scopes, TimeProvider time, ILogger<CoverageSnapshotService> logger) : BackgroundService
{
    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(4);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RunEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<CoverageService>().TakeDueSnapshotAsync(stoppingToken))
                {
                    logger.LogInformation("Coverage: took the month-end snapshot");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Coverage snapshot failed ({Error}); it is tried again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
