using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>
/// The OAuth handler's options for Entra ID. The endpoints are not options: <see cref="EntraIdHandler"/> reads them
/// from discovery when someone signs in, so an identity-provider outage cannot stop the portal starting.
/// </summary>
public sealed class EntraIdOptions : OAuthOptions
{
    public EntraIdOptions()
    {
        CallbackPath = EntraIdDefaults.CallbackPath;
        UsePkce = true;
        Scope.Add("openid");
        Scope.Add("profile");
        Scope.Add("email");

        // The base class builds the authorize query against this; the handler puts it after the discovered endpoint.
        AuthorizationEndpoint = "";
    }

    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    public string TenantId { get; set; } = "";

    /// <summary>The only issuer accepted: the council tenant's v2.0 issuer, exactly.</summary>
    public string Issuer => $"{Instance.AbsoluteUri}{TenantId}/v2.0";

    public Uri MetadataAddress => new($"{Issuer}/.well-known/openid-configuration");

    /// <summary>Caches discovery and signing keys; set by <see cref="EntraIdPostConfigure"/>, which fetches nothing.</summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? ConfigurationManager { get; set; }

    public override void Validate()
    {
        // Not base.Validate(): it insists on endpoints, which come from discovery here.
        ArgumentException.ThrowIfNullOrEmpty(ClientId);
        ArgumentException.ThrowIfNullOrEmpty(ClientSecret);
        ArgumentException.ThrowIfNullOrEmpty(TenantId);
        if (!CallbackPath.HasValue || ConfigurationManager is null)
        {
            throw new InvalidOperationException("Entra ID needs a callback path and a configuration manager.");
        }
    }
}
