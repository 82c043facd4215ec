using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>The two providers the sign-in tests run against do what those tests take for granted.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes test classes through IAsyncLifetime, not IAsyncDisposable.")]
public sealed class OidcProvidersTests : IAsyncLifetime
{
    private const string RedirectUri = "http://127.0.0.1:5999/signin-oidc";

    private const string Verifier = "a-pkce-code-verifier-of-at-least-forty-three-characters";
    private static readonly string Challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    private static readonly OidcAccount Amira =
        new("amira", "5b0c6f52-0a8e-4a4c-9a53-0c1c4f0d7a11", "Amira Begum", ["Champion"], "amira@example.org");

    // Redirects are followed by hand to see where each one goes; cookies carry the provider's sign-in session.
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    private readonly OidcProviderProcess real = new(new OidcProviderOptions
    {
        Accounts = { Amira },
        RedirectUris = { RedirectUri },
    });

    private readonly ScriptedOpenIdProvider scripted = new();

    // Each test starts the provider it needs, so the scripted ones don't wait for Node.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await real.DisposeAsync();
        await scripted.DisposeAsync();
        http.Dispose();
    }

    [Fact]
    public async Task RealProvider_Discovery_IsShapedLikeEntra()
    {
        await real.StartAsync();
        var discovery = await GetJsonAsync(real.MetadataAddress);

        Assert.Equal($"http://127.0.0.1:{real.Port}/{real.TenantId}/v2.0", (string?)discovery["issuer"]);
        Assert.Equal(real.Issuer, (string?)discovery["issuer"]);
        Assert.Contains("S256", Strings(discovery["code_challenge_methods_supported"]));
        Assert.Equal(["code"], Strings(discovery["response_types_supported"]));
        Assert.Equal(["RS256"], Strings(discovery["id_token_signing_alg_values_supported"]));
        Assert.StartsWith(real.Issuer + "/", (string?)discovery["end_session_endpoint"]);

        var key = Assert.Single(await KeysAsync(new Uri((string)discovery["jwks_uri"]!)));
        Assert.Equal(("RSA", "RS256", real.SigningKeyId), (key.Kty, key.Alg, key.Kid));
    }

    [Fact]
    public async Task RealProvider_StoppedThenStarted_AnswersOnTheSamePortWithTheSameKey()
    {
        await real.StartAsync();
        var port = real.Port;

        await real.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(real.MetadataAddress));

        await real.StartAsync();
        Assert.Equal(port, real.Port);
        Assert.Equal(real.Issuer, (string?)(await GetJsonAsync(real.MetadataAddress))["issuer"]);
        Assert.Equal(real.SigningKeyId, Assert.Single(await KeysAsync(new Uri(real.Issuer + "/jwks"))).Kid);
    }

    [Fact]
    public async Task RealProvider_SignsInThroughItsForm_WithoutConsent_AndIssuesEntraClaims()
    {
        await real.StartAsync();

        var interaction = await AuthorizeAsync(real);
        var html = await http.GetStringAsync(interaction);
        Assert.Contains("name=\"prompt\" value=\"login\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"login\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"password\"", html, StringComparison.Ordinal);

        var callback = await SignInAsync(interaction, "amira");
        Assert.StartsWith(RedirectUri + "?code=", callback.ToString(), StringComparison.Ordinal);
        var code = Regex.Match(callback.Query, "code=([^&]+)").Groups[1].Value;

        var tokens = await PostJsonAsync(new Uri(real.Issuer + "/token"), new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = real.ClientId,
            ["client_secret"] = real.ClientSecret,
            ["code_verifier"] = Verifier,
        });
        var idToken = await ValidateAsync((string)tokens["id_token"]!, real.Issuer, real.ClientId, new Uri(real.Issuer + "/jwks"));

        Assert.True(idToken.IsValid, idToken.Exception?.Message + real.Log);
        var claims = idToken.ClaimsIdentity;
        Assert.Equal("5b0c6f52-0a8e-4a4c-9a53-0c1c4f0d7a11", claims.FindFirst("oid")?.Value);
        Assert.Equal(real.TenantId, claims.FindFirst("tid")?.Value);
        Assert.Equal("Amira Begum", claims.FindFirst("name")?.Value);
        Assert.Equal("amira@example.org", claims.FindFirst("preferred_username")?.Value);
        Assert.Equal("n", claims.FindFirst("nonce")?.Value);
        Assert.Equal(["Champion"], claims.FindAll("roles").Select(role => role.Value));
    }

    [Fact]
    public async Task RealProvider_UnknownLogin_GoesBackToTheForm()
    {
        await real.StartAsync();
        var interaction = await AuthorizeAsync(real);

        Assert.Equal(interaction, await FollowAsync(HttpMethod.Post, interaction, new() { ["prompt"] = "login", ["login"] = "nobody", ["password"] = "x" }));

        // The provider's stderr arrives on its own pipe, a moment after the response.
        for (var waited = 0; waited < 50 && !real.Log.Contains("no account \"nobody\"", StringComparison.Ordinal); waited++)
        {
            await Task.Delay(100);
        }

        Assert.Contains("no account \"nobody\"", real.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealProvider_WithAnyLoopbackPort_RedirectsToWhicheverPortThePortalIsOn()
    {
        await using var native = new OidcProviderProcess(new OidcProviderOptions
        {
            AnyLoopbackPort = true,
            RedirectUris = { "http://127.0.0.1/signin-oidc" },
            Accounts = { Amira },
        });
        await native.StartAsync();

        var callback = await SignInAsync(await AuthorizeAsync(native), "amira");

        Assert.StartsWith(RedirectUri + "?code=", callback.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptedProvider_ServesDiscoveryAndJwks_AndAnswersTokenRequestsAsScripted()
    {
        await scripted.StartAsync();
        var discovery = await GetJsonAsync(scripted.MetadataAddress);
        Assert.Equal(scripted.Issuer, (string?)discovery["issuer"]);
        Assert.Equal(scripted.TokenEndpoint.ToString(), (string?)discovery["token_endpoint"]);
        Assert.Equal(scripted.SigningKey.KeyId, Assert.Single(await KeysAsync(new Uri((string)discovery["jwks_uri"]!))).Kid);

        using var unscripted = await http.PostAsync(scripted.TokenEndpoint, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, unscripted.StatusCode);

        var idToken = scripted.MintIdToken(new IdTokenSpec { Nonce = "n" });
        scripted.RespondWith(idToken);
        var tokens = await PostJsonAsync(scripted.TokenEndpoint, new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = "c",
            ["code_verifier"] = "v",
            ["client_id"] = scripted.ClientId,
            ["redirect_uri"] = RedirectUri,
        });

        Assert.Equal(idToken, (string?)tokens["id_token"]);
        Assert.Equal("Bearer", (string?)tokens["token_type"]);
        var request = scripted.TokenRequests[^1];
        Assert.Equal(("authorization_code", "c", "v", RedirectUri), (request.GrantType, request.Code, request.CodeVerifier, request.RedirectUri));
    }

    [Fact]
    public async Task ScriptedProvider_MintedTokens_ValidateOnlyWhenSignedWithThePublishedKeyAndInDate()
    {
        await scripted.StartAsync();

        async Task<TokenValidationResult> Validate(IdTokenSpec spec) =>
            await ValidateAsync(scripted.MintIdToken(spec), scripted.Issuer, scripted.ClientId, scripted.JwksUri);

        var valid = await Validate(new IdTokenSpec { Roles = ["Champion"], Claims = new Dictionary<string, object?> { ["name"] = null } });
        Assert.True(valid.IsValid, valid.Exception?.Message);
        Assert.Equal(scripted.TenantId, valid.ClaimsIdentity.FindFirst("tid")?.Value);
        Assert.Null(valid.ClaimsIdentity.FindFirst("name"));

        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>((await Validate(new IdTokenSpec { Signing = IdTokenSigning.UnknownKey })).Exception);
        Assert.False((await Validate(new IdTokenSpec { Signing = IdTokenSigning.AlgNone })).IsValid);
        Assert.IsType<SecurityTokenExpiredException>((await Validate(new IdTokenSpec { IssuedAt = DateTimeOffset.UtcNow.AddHours(-2) })).Exception);
        Assert.IsType<SecurityTokenInvalidAudienceException>((await Validate(new IdTokenSpec { Audience = "someone-else" })).Exception);
    }

    [Fact]
    public async Task ScriptedProvider_StoppedThenStarted_AnswersOnTheSamePort()
    {
        await scripted.StartAsync();
        var port = scripted.Port;

        await scripted.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(scripted.MetadataAddress));

        await scripted.StartAsync();
        Assert.Equal(port, scripted.Port);
        Assert.Equal(scripted.Issuer, (string?)(await GetJsonAsync(scripted.MetadataAddress))["issuer"]);
    }

    private static async Task<TokenValidationResult> ValidateAsync(string token, string issuer, string audience, Uri jwks)
    {
        using var client = new HttpClient();
        var keys = new JsonWebKeySet(await client.GetStringAsync(jwks));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
    }

    private Task<Uri> AuthorizeAsync(OidcProviderProcess provider) => FollowAsync(HttpMethod.Get, new Uri(
        $"{provider.Issuer}/auth?client_id={provider.ClientId}&response_type=code&scope=openid%20profile%20email"
        + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=s&nonce=n&code_challenge={Challenge}&code_challenge_method=S256"));

    /// <summary>Fills in the sign-in form and follows the provider back to the portal (no consent page comes between).</summary>
    private async Task<Uri> SignInAsync(Uri interaction, string login)
    {
        var resume = await FollowAsync(HttpMethod.Post, interaction, new() { ["prompt"] = "login", ["login"] = login, ["password"] = "any" });
        return await FollowAsync(HttpMethod.Get, resume);
    }

    private async Task<IList<JsonWebKey>> KeysAsync(Uri jwks) => new JsonWebKeySet(await http.GetStringAsync(jwks)).Keys;

    private async Task<JsonObject> GetJsonAsync(Uri uri) => JsonNode.Parse(await http.GetStringAsync(uri))!.AsObject();

    private async Task<JsonObject> PostJsonAsync(Uri uri, Dictionary<string, string> form)
    {
        using var response = await http.PostAsync(uri, new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body + real.Log);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Sends a request that must redirect, and says where to.</summary>
    private async Task<Uri> FollowAsync(HttpMethod method, Uri uri, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        using var response = await http.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 300 and < 400, $"{method} {uri}: {response.StatusCode}\n{real.Log}");
        return new Uri(uri, response.Headers.Location!);
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];
}
