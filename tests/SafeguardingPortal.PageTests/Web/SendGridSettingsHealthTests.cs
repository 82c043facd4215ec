using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafeguardingPortal.Web.DataProtection;
using SafeguardingPortal.Web.Health;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>Production without SendGrid's key, the sender address or the webhook's verification key is not ready: notifications would only queue up.</summary>
public sealed class SendGridSettingsHealthTests
{
    private static readonly Dictionary<string, string?> EverythingElse = new()
    {
        ["ConnectionStrings:Portal"] = "Host=db;Database=portal",
        ["PublicBaseUrl"] = "https://portal.example/",
        [KeyEncryptionCertificate.PathSetting] = "/run/secrets/kek.pfx",
        ["Authentication:EntraId:TenantId"] = "tenant",
        ["Authentication:EntraId:ClientId"] = "client",
        ["Authentication:EntraId:ClientSecret"] = "secret",
        ["Email:SendGrid:WebhookVerificationKey"] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
    };

    [Fact]
    public async Task Ready_in_production_is_unhealthy_without_the_SendGrid_key_or_the_from_address()
    {
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync(EverythingElse));
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync(new(EverythingElse) { ["Email:SendGrid:ApiKey"] = "SG.key" }));
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync(new(EverythingElse) { ["Email:From"] = "noticethesigns@cityoflondon.gov.uk" }));
        Assert.Equal(HealthStatus.Healthy, await CheckAsync(new(EverythingElse) { ["Email:SendGrid:ApiKey"] = "SG.key", ["Email:From"] = "noticethesigns@cityoflondon.gov.uk" }));
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync(new(EverythingElse) { ["Email:SendGrid:ApiKey"] = "SG.key", ["Email:From"] = "noticethesigns@cityoflondon.gov.uk", ["Email:SendGrid:WebhookVerificationKey"] = "" }));
    }

    private static async Task<HealthStatus> CheckAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var check = new ProductionSettingsHealthCheck(configuration, new HostingEnvironment { EnvironmentName = Environments.Production });
        return (await check.CheckHealthAsync(new HealthCheckContext())).Status;
    }
}
