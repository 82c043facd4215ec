using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Web.Health;

/// <summary>The database answers and its schema is up to date.</summary>
public sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations have not been applied.");
    }
}

/// <summary>Content loaded without problems.</summary>
public sealed class ContentHealthCheck(ContentStore content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = content.Current;
        return Task.FromResult(snapshot.Problems.Count == 0 && snapshot.Pages.Count > 0
            ? HealthCheckResult.Healthy($"content version {snapshot.Version}")
            : HealthCheckResult.Unhealthy($"{snapshot.Problems.Count} content problems"));
    }
}

/// <summary>Bank holidays for this year and the next are configured (routing.md §8): working-day deadlines depend on them.</summary>
public sealed class ReferenceDataHealthCheck(IOptions<ReferenceData> reference, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var year = LondonTime.Today(time).Year;
        var missing = new[] { year, year + 1 }.Where(y => !reference.Value.BankHolidays.Years.ContainsKey(y)).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy(reference.Value.Version)
            : HealthCheckResult.Unhealthy($"Bank holidays missing for {string.Join(" and ", missing)}."));
    }
}

/// <summary>In Production every required setting is present (architecture.md, Environments).</summary>
public sealed class ProductionSettingsHealthCheck(IConfiguration configuration, IHostEnvironment environment) : IHealthCheck
{
    public static readonly string[] Required =
    [
        "ConnectionStrings:Portal",
        "PublicBaseUrl",
        DataProtection.KeyEncryptionCertificate.PathSetting,
        "Authentication:EntraId:TenantId",
        "Authentication:EntraId:ClientId",
        "Authentication:EntraId:ClientSecret",
        "Email:SendGrid:ApiKey",
        "Email:From",
        "Email:SendGrid:WebhookVerificationKey",
    ];

    public static IEnumerable<string> Missing(IConfiguration configuration) =>
        Required.Where(key => string.IsNullOrWhiteSpace(configuration[key]));

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = environment.IsProduction() ? Missing(configuration).ToList() : [];
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Missing production settings: {string.Join(", ", missing)}"));
    }
}
