using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.Features.Pledges;

public static class PledgeServices
{
    public const string FormPolicy = "pledge-form";

    public static IServiceCollection AddPledges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton<PledgeCountsVersion>();
        services.AddScoped<PledgeCounts>();
        services.AddScoped<PledgeService>();

        // The concern form's limit per client address, on anonymous posts only: reading the page is not limited, and
        // signed-in staff share their offices' addresses.
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(FormPolicy, context =>
            HttpMethods.IsPost(context.Request.Method) && context.User.Identity?.IsAuthenticated != true
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.FormPermitLimit, Window = TimeSpan.FromSeconds(limits.FormWindowSeconds) })
                : RateLimitPartition.GetNoLimiter("not-limited")));
        return services;
    }
}
