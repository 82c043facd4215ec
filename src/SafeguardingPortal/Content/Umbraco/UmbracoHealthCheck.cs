using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>Degraded, not unhealthy, when Umbraco cannot be read: the last good content is still served.</summary>
public sealed class UmbracoHealthCheck(UmbracoContent content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (lastRead, failure) = content.Status;
        return Task.FromResult(failure is null && lastRead is not null
            ? HealthCheckResult.Healthy($"Umbraco read at {lastRead:u}")
            : HealthCheckResult.Degraded($"Umbraco not read: {failure ?? "not yet"}; serving content last read {(lastRead is { } at ? at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "never (the embedded content/)")}"));
    }
}
