using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafeguardingPortal.Web.Jobs;

namespace SafeguardingPortal.Tests.Web;

public sealed class RecurringJobTests
{
    [Fact]
    public async Task A_job_runs_at_start_up_without_waiting_for_its_interval()
    {
        var runs = new Runs();
        await using var services = Services(runs, TimeSpan.FromHours(4));

        await RunUntilAsync(services, () => runs.Count >= 1);

        Assert.Equal(1, runs.Count);
    }

    [Fact]
    public async Task A_failed_run_is_logged_and_the_next_one_still_comes()
    {
        var runs = new Runs { FailFirst = 2 };
        await using var services = Services(runs, TimeSpan.FromMilliseconds(20));

        await RunUntilAsync(services, () => runs.Count >= 4);

        Assert.Equal(2, runs.Failed);
    }

    [Fact]
    public async Task Each_run_has_a_scope_of_its_own()
    {
        var runs = new Runs();
        await using var services = Services(runs, TimeSpan.FromMilliseconds(20));

        await RunUntilAsync(services, () => runs.Count >= 3);

        Assert.Equal(runs.Count, runs.Instances.Distinct().Count());
    }

    private static ServiceProvider Services(Runs runs, TimeSpan every) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddSingleton(runs)
        .AddRecurringJob<CountingJob>(every)
        .BuildServiceProvider();

    private static async Task RunUntilAsync(IServiceProvider services, Func<bool> done)
    {
        var job = Assert.Single(services.GetServices<IHostedService>());
        await job.StartAsync(CancellationToken.None);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!done())
        {
            Assert.False(patience.IsCancellationRequested, "the job did not run as often as expected");
            await Task.Delay(10, CancellationToken.None);
        }

        await job.StopAsync(CancellationToken.None);
    }

    private sealed class Runs
    {
        private readonly List<CountingJob> instances = [];

        public int FailFirst { get; init; }

        public int Failed { get; private set; }

        public int Count
        {
            get
            {
                lock (instances)
                {
                    return instances.Count;
                }
            }
        }

        public IReadOnlyList<CountingJob> Instances
        {
            get
            {
                lock (instances)
                {
                    return [.. instances];
                }
            }
        }

        public void Record(CountingJob job)
        {
            lock (instances)
            {
                instances.Add(job);
                if (instances.Count <= FailFirst)
                {
                    Failed++;
                    throw new InvalidOperationException("the database is restarting");
                }
            }
        }
    }

    private sealed class CountingJob(Runs runs) : IRecurringJob
    {
        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            runs.Record(this);
            return Task.FromResult(1);
        }
    }
}
