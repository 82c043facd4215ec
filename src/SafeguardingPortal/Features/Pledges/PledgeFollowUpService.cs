namespace SafeguardingPortal.Features.Pledges;

/// <summary>Runs <see cref="PledgeFollowUps"/> at start-up and every few hours, in the background.</summary>
public sealed class PledgeFollowUpService(IServiceScopeFactory scopes, TimeProvider time, ILogger<PledgeFollowUpService> logger) : BackgroundService
{
    /// <summary>Follow-ups are by the day; several runs a day catch up after a restart or a failed run.</summary>
    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(4);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RunEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<PledgeFollowUps>().RunAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Pledges: wrote {Count} follow-up emails", written);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the next run catches up, as the job only writes what is missing.
                logger.LogWarning("Pledge follow-ups failed ({Error}); they run again at the next interval", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
