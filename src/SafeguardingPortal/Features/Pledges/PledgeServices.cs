using SafeguardingPortal.Web.Jobs;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.Features.Pledges;

public static class PledgeServices
{
    public static IServiceCollection AddPledges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton<PledgeCountsVersion>();
        services.AddScoped<PledgeCounts>();
        services.AddScoped<PledgeService>();
        services.AddRecurringJob<PledgeFollowUps>(RecurringJobs.SeveralTimesADay);
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<PledgeFormLimiter>();
        return services;
    }
}
