using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// Reads all of Umbraco's content at start-up (waiting a short while, so the first visitors see it; if Umbraco cannot
/// be read, what another instance last stored) and again every <see cref="UmbracoOptions.FullRefreshEvery"/>, which
/// catches any webhook that never arrived; every <see cref="UmbracoOptions.ShareCheckEvery"/> it takes up what
/// another instance stored.
/// </summary>
public sealed class UmbracoRefresher(UmbracoContent content, IOptions<UmbracoOptions> options, TimeProvider time) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.Value.StartupWait);
        try
        {
            await content.RefreshAllAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            content.StartupWaitEnded();
        }

        if (content.Status.Failure is not null)
        {
            await content.SyncFromSharedAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        EveryAsync(options.Value.FullRefreshEvery, content.RefreshAllAsync, stoppingToken),
        EveryAsync(options.Value.ShareCheckEvery, content.SyncFromSharedAsync, stoppingToken));

    private async Task EveryAsync(TimeSpan period, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await work(stoppingToken);
        }
    }
}
