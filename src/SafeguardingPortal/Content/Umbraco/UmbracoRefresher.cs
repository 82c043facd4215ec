using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// Reads all of Umbraco's content at start-up (waiting a short while, so the first visitors see it) and again every
/// <see cref="UmbracoOptions.FullRefreshEvery"/>, which catches any webhook that never arrived.
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

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FullRefreshEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await content.RefreshAllAsync(stoppingToken);
        }
    }
}
