using System.Globalization;
using System.Threading.RateLimiting;
using SafeguardingPortal.Features.Concerns.Api;

namespace SafeguardingPortal.Web.Security;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per client address per window on the JSON API (security.md §9: generous, as offices and schools share addresses).</summary>
    public int ApiPermitLimit { get; set; } = 60;

    public int ApiWindowSeconds { get; set; } = 60;

    /// <summary>Reports sent from the web form per client address per window (security.md §9: 10 per 10 minutes).</summary>
    public int FormPermitLimit { get; set; } = 10;

    public int FormWindowSeconds { get; set; } = 600;
}

/// <summary>Per-client limits; a refusal is 429 with Retry-After, and a problem body on the API or the error page on the web.</summary>
public static class RateLimits
{
    public const string ReportFormPolicy = "report-form";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ConcernsApi.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ApiPermitLimit, Window = TimeSpan.FromSeconds(limits.ApiWindowSeconds) }));
            o.AddPolicy(ReportFormPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.FormPermitLimit, Window = TimeSpan.FromSeconds(limits.FormWindowSeconds) }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.ApiWindowSeconds);
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

                // Web pages get the HTML error page (status code pages), which still shows 999 and the numbers.
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await TypedResults.Problem("Too many requests from this address. Wait and try again.", statusCode: StatusCodes.Status429TooManyRequests)
                        .ExecuteAsync(http);
                }
            };
        });
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
