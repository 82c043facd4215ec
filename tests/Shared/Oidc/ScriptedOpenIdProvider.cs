using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SafeguardingPortal.Testing;

/// <summary>
/// An OpenID provider on a loopback port that answers the token request with whatever id_token the test scripted,
/// for hostile-token tests. Nobody signs in here: a test takes the state and nonce from the portal's redirect to
/// <see cref="AuthorizationEndpoint"/> and calls the portal's callback with a code of its choosing.
/// </summary>
public sealed partial class ScriptedOpenIdProvider(string? tenantId = null, string? clientId = null) : IAsyncDisposable
{
    private readonly RsaSecurityKey unknownKey = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
    private readonly ConcurrentQueue<TokenRequest> tokenRequests = new();
    private WebApplication? app;

    /// <summary>The key the provider signs with and publishes at <see cref="JwksUri"/>.</summary>
    public RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public string TenantId { get; } = tenantId ?? Guid.NewGuid().ToString();

    public string ClientId { get; } = clientId ?? Guid.NewGuid().ToString();

    /// <summary>0 until the first start; restarts reuse it.</summary>
    public int Port { get; private set; }

    public string Issuer => $"{Origin}/{TenantId}/v2.0";

    public string Authority => Issuer;

    public Uri MetadataAddress => new(Issuer + "/.well-known/openid-configuration");

    public Uri AuthorizationEndpoint => new($"{Origin}/authorize");

    public Uri TokenEndpoint => new($"{Origin}/token");

    public Uri JwksUri => new($"{Origin}/jwks");

    public Uri EndSessionEndpoint => new($"{Origin}/logout");

    /// <summary>What <c>iat</c>, <c>nbf</c> and <c>exp</c> are counted from; set it to the portal's clock.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The id_token to answer a token request with; null (the default) answers 400 invalid_grant.</summary>
    public Func<TokenRequest, string?>? IdTokenFor { get; set; }

    public IReadOnlyList<TokenRequest> TokenRequests => [.. tokenRequests];

    public bool IsRunning => app is not null;

    private string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Answers every token request with <paramref name="idToken"/>.</summary>
    public void RespondWith(string idToken) => IdTokenFor = _ => idToken;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The scripted provider is already running.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        var started = builder.Build();
        Map(started);
        await started.StartAsync(cancellationToken);

        Port = new Uri(started.Urls.Single()).Port;
        app = started;
    }

    public async Task StopAsync()
    {
        if (app is null)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SigningKey.Rsa.Dispose();
        unknownKey.Rsa.Dispose();
    }

    private void Map(WebApplication web)
    {
        web.MapGet($"/{TenantId}/v2.0/.well-known/openid-configuration", () => Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = AuthorizationEndpoint.ToString(),
            ["token_endpoint"] = TokenEndpoint.ToString(),
            ["jwks_uri"] = JwksUri.ToString(),
            ["end_session_endpoint"] = EndSessionEndpoint.ToString(),
            ["response_types_supported"] = new JsonArray("code"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
        }));

        web.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(SigningKey);
            return Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = jwk.Kid,
                    ["n"] = jwk.N,
                    ["e"] = jwk.E,
                }),
            });
        });

        web.MapGet("/authorize", () => Results.BadRequest(
            "The scripted provider signs nobody in: call the portal's callback yourself."));

        web.MapGet("/logout", (string? post_logout_redirect_uri) => post_logout_redirect_uri is null
            ? Results.Text("Signed out.")
            : Results.Redirect(post_logout_redirect_uri));

        web.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var received = new TokenRequest(
                form.ToDictionary(field => field.Key, field => field.Value.ToString()),
                request.Headers.Authorization.FirstOrDefault());
            tokenRequests.Enqueue(received);

            var idToken = IdTokenFor?.Invoke(received);
            if (idToken is null)
            {
                return Json(new JsonObject { ["error"] = "invalid_grant" }, StatusCodes.Status400BadRequest);
            }

            return Json(new JsonObject
            {
                ["access_token"] = Guid.NewGuid().ToString("N"),
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["id_token"] = idToken,
            });
        });
    }

    private static IResult Json(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
