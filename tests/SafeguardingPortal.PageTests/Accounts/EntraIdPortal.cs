using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>A portal host whose Entra ID settings point at a <see cref="ScriptedOpenIdProvider"/> on loopback.</summary>
public sealed class EntraIdPortal : IAsyncLifetime
{
    public ScriptedOpenIdProvider Provider { get; } = new();

    public PortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Provider.StartAsync();
        Portal = For(Provider);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }

    /// <summary>
    /// A portal for <paramref name="provider"/> (started once, so its port is known). The clock runs two hours
    /// ahead of the machine's, so a token is in date only if the portal checks it against its own clock; not
    /// behind, or the client would drop the correlation cookie as expired.
    /// </summary>
    public static PortalFactory For(ScriptedOpenIdProvider provider)
    {
        var portal = new PortalFactory();
        portal.Time.Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds());
        provider.Clock = portal.Time;
        portal.Settings["Authentication:EntraId:Instance"] = $"http://127.0.0.1:{provider.Port}/";
        portal.Settings["Authentication:EntraId:TenantId"] = provider.TenantId;
        portal.Settings["Authentication:EntraId:ClientId"] = provider.ClientId;
        portal.Settings["Authentication:EntraId:ClientSecret"] = "scripted-secret";
        return portal;
    }
}
