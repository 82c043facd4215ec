using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace SafeguardingPortal.Web.Monitoring;

public static class MonitoringServices
{
    /// <summary>
    /// The portal's metrics, exported over OTLP when a collector is named by the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting, with ASP.NET Core's own (requests, rate-limit refusals).
    /// </summary>
    public static IServiceCollection AddPortalMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MonitoringOptions>(configuration.GetSection(MonitoringOptions.Section));
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton<BacklogSampler>();
        services.AddHostedService(sp => sp.GetRequiredService<BacklogSampler>());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("safeguarding-portal"))
                .WithMetrics(metrics => metrics
                    .AddMeter(PortalMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.RateLimiting")
                    .AddOtlpExporter());
        }

        return services;
    }
}
