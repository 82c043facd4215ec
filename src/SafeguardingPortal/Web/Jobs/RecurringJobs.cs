using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SafeguardingPortal.Web.Jobs;

public static class RecurringJobs
{
    /// <summary>
    /// For jobs that work by the day (reminders, follow-ups, the month-end snapshot): several runs a day make each thing
    /// happen on its day even after a restart or a failed run.
    /// </summary>
    public static readonly TimeSpan SeveralTimesADay = TimeSpan.FromHours(4);

    /// <summary>Registers <typeparamref name="TJob"/> (scoped) and runs it in the background every <paramref name="every"/>.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> every)
        where TJob : class, IRecurringJob
    {
        services.TryAddScoped<TJob>();
        services.AddHostedService(sp => new RecurringJob<TJob>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), every(sp), sp.GetRequiredService<ILogger<RecurringJob<TJob>>>()));
        return services;
    }

    /// <inheritdoc cref="AddRecurringJob{TJob}(IServiceCollection, Func{IServiceProvider, TimeSpan})"/>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, TimeSpan every)
        where TJob : class, IRecurringJob => services.AddRecurringJob<TJob>(_ => every);
}
