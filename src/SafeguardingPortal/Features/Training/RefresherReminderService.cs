namespace SafeguardingPortal.Features.Training;

/// <summary>Runs <see cref="RefresherReminders"/> at start-up and every few hours, in the background.</summary>
public sealed class RefresherReminderService(IServiceScopeFactory scopes, TimeProvider time, ILogger<RefresherReminderService> logger) : BackgroundService
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
                var written = await scope.ServiceProvider.GetRequiredService<RefresherReminders>().RunAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Training: wrote {Count} refresher reminders", written);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the next run catches up, as the job only writes what is missing.
                logger.LogWarning("Refresher reminders failed ({Error}); they run again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
