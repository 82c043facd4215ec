using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>
/// Creates the discovery cache once the framework has set the backchannel. It fetches nothing now: the first
/// sign-in does. Plain http is allowed only for a loopback provider in Development and the tests.
/// </summary>
public sealed class EntraIdPostConfigure(IHostEnvironment environment) : IPostConfigureOptions<EntraIdOptions>
{
    public void PostConfigure(string? name, EntraIdOptions options)
    {
        var metadata = options.MetadataAddress;
        var httpAllowed = metadata.IsLoopback && (environment.IsDevelopment() || environment.IsEnvironment("Testing"));
        options.ConfigurationManager ??= new ConfigurationManager<OpenIdConnectConfiguration>(
            metadata.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(options.Backchannel) { RequireHttps = !httpAllowed });
    }
}
