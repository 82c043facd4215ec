namespace SafeguardingPortal.Web.Jobs;

/// <summary>Runs <typeparamref name="TJob"/> at start-up and then at its interval, in the background, each run in a scope of its own.</summary>
public sealed class RecurringJob<TJob>(IServiceScopeFactory scopes, TimeProvider time, TimeSpan every, ILogger<RecurringJob<TJob>> logger)
    : BackgroundService
    where TJob : IRecurringJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var done = await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(stoppingToken);
                if (done > 0)
                {
                    logger.LogInformation("{Job} ran: {Count} done", typeof(TJob).Name, done);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: the next run catches up.
                logger.LogWarning("{Job} failed ({Error}); it runs again in {Every}", typeof(TJob).Name, ex.GetType().Name, every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
