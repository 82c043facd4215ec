using Microsoft.Extensions.Options;
using SafeguardingPortal.Web.Jobs;

namespace SafeguardingPortal.Features.Concerns.Retention;

public static class RetentionServices
{
    public static IServiceCollection AddConcernRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddRecurringJob<ConcernRetention>(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value.RunEvery);
        return services;
    }
}
