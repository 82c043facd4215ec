using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Features.Concerns.Retention;

/// <summary>Runs the retention job once a day (and at start-up), in the background.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RunEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var anonymised = await scope.ServiceProvider.GetRequiredService<ConcernRetention>().RunAsync(stoppingToken);
                if (anonymised > 0)
                {
                    logger.LogInformation("Retention: anonymised {Count} closed concerns past their retention period", anonymised);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: tomorrow's run catches up, as the job is idempotent.
                logger.LogWarning("Retention run failed ({Error}); it runs again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
