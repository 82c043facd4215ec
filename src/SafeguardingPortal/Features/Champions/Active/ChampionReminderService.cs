namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>Runs <see cref="ChampionReminders"/> at start-up and every few hours, in the background.</summary>
public sealed class ChampionReminderService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ChampionReminderService> logger) : BackgroundService
{
    /// <summary>Reminders are by the day; several runs a day make a reminder go out on its day even after a restart or a failed run.</summary>
    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(4);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RunEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<ChampionReminders>().RunAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Champions: wrote {Count} notices", written);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the next run catches up, as the job only writes what is missing.
                logger.LogWarning("Champion notices failed ({Error}); they run again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
