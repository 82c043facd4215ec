using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>
/// Entra ID sign-in (security.md §3) on the framework's OAuth handler, which keeps the state, the correlation
/// cookie and PKCE. This adds what OpenID Connect needs on top: endpoints and keys from discovery, fetched at
/// sign-in time; a nonce; and a validated id_token in place of an access token nobody reads.
/// </summary>
public sealed class EntraIdHandler(IOptionsMonitor<EntraIdOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : OAuthHandler<EntraIdOptions>(options, logger, encoder)
{
    public const string FailedPath = "/account/sign-in/failed";

    private const string NonceItem = "entra.nonce";

    private static readonly JsonWebTokenHandler Tokens = new();

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private string authorizationEndpoint = "";

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        try
        {
            authorizationEndpoint = (await DiscoverAsync()).AuthorizationEndpoint;
        }
        catch (InvalidOperationException e)
        {
            // The provider is down or misconfigured: say so on a page; the rest of the portal carries on.
            Logger.LogWarning(e, "Entra ID discovery failed, so staff cannot sign in until it answers");
            Response.Redirect(FailedPath);
            return;
        }

        await base.HandleChallengeAsync(properties);
    }

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        // Kept in the properties before the base class seals them into the protected state.
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        properties.Items[NonceItem] = nonce;

        var query = QueryHelpers.ParseQuery(base.BuildChallengeUrl(properties, redirectUri));
        query["nonce"] = nonce;
        return QueryHelpers.AddQueryString(authorizationEndpoint, query);
    }

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        var form = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
            ["redirect_uri"] = context.RedirectUri,
            ["code"] = context.Code,
            ["grant_type"] = "authorization_code",
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var verifier) && verifier is not null)
        {
            form[OAuthConstants.CodeVerifierKey] = verifier;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, (await DiscoverAsync()).TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                return OAuthTokenResponse.Failed(new AuthenticationFailureException($"The token request was refused ({(int)response.StatusCode})."));
            }

            return OAuthTokenResponse.Success(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted)));
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
        {
            // The endpoints may have moved while the provider was away: look again next time.
            Options.ConfigurationManager!.RequestRefresh();
            return OAuthTokenResponse.Failed(e);
        }
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        if (tokens.Response?.RootElement.TryGetProperty("id_token", out var idToken) != true || idToken.GetString() is not { } encoded)
        {
            throw new AuthenticationFailureException("The token response had no id_token.");
        }

        var result = await ValidateAsync(encoded);
        if (!result.IsValid)
        {
            throw new AuthenticationFailureException("The id_token is not valid.", result.Exception);
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (!properties.Items.Remove(NonceItem, out var nonce) || nonce is null || !Claim(token, EntraIdClaims.Nonce).Equals(nonce, StringComparison.Ordinal))
        {
            throw new AuthenticationFailureException("The id_token's nonce is not the one this sign-in sent.");
        }

        // Any tenant's token can carry our audience if the app registration is multi-tenant; only ours signs in.
        if (!Claim(token, EntraIdClaims.TenantId).Equals(Options.TenantId, StringComparison.OrdinalIgnoreCase) || Claim(token, EntraIdClaims.ObjectId).Length == 0)
        {
            throw new AuthenticationFailureException("The id_token is not from the council's tenant.");
        }

        identity.AddClaims(token.Claims.Where(c => EntraIdClaims.Kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value, ClaimValueTypes.String, ClaimsIssuer)));
        return await base.CreateTicketAsync(identity, properties, tokens);
    }

    private async Task<TokenValidationResult> ValidateAsync(string idToken)
    {
        var result = await Tokens.ValidateTokenAsync(idToken, Parameters(await DiscoverAsync()));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rolled its keys since discovery was cached: fetch them once more.
            Options.ConfigurationManager!.RequestRefresh();
            result = await Tokens.ValidateTokenAsync(idToken, Parameters(await DiscoverAsync()));
        }

        return result;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration discovery) => new()
    {
        ValidIssuer = Options.Issuer,
        ValidAudience = Options.ClientId,
        IssuerSigningKeys = discovery.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        LifetimeValidator = InLifetime,
    };

    // The portal's clock rather than the library's own reading of the system clock.
    private bool InLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }

    private Task<OpenIdConnectConfiguration> DiscoverAsync() => Options.ConfigurationManager!.GetConfigurationAsync(Context.RequestAborted);

    private static string Claim(JsonWebToken token, string type) => token.TryGetPayloadValue<string>(type, out var value) && value is not null ? value : "";
}
