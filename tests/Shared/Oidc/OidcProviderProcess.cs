using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace SafeguardingPortal.Testing;

/// <summary>
/// oidc-provider shaped like Entra ID v2 (tests/Shared/Oidc/provider.mjs), run by Node on a loopback port.
/// Sign in through its form at <c>{Issuer}/interaction/{uid}</c>: fill <c>login</c> (an <see cref="OidcAccount.AccountId"/>)
/// and <c>password</c> (anything) and press "Sign-in" (a hidden <c>prompt=login</c> goes with them). No consent page
/// follows. The client authenticates with client_secret_post (client_secret_basic works too), PKCE S256 is required,
/// id_tokens are RS256. More in provider.mjs.
/// </summary>
public sealed class OidcProviderProcess(OidcProviderOptions options) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // One key for the fixture's life, so a restarted provider publishes the key the portal has cached.
    private readonly JsonObject signingKey = CreateSigningKey();
    private readonly StringBuilder log = new();
    private Process? process;

    public OidcProviderOptions Options => options;

    public string TenantId => options.TenantId;

    public string ClientId => options.ClientId;

    public string ClientSecret => options.ClientSecret;

    /// <summary>Known after the first start; kept for restarts.</summary>
    public int Port => options.Port;

    /// <summary><c>http://127.0.0.1:{Port}/{TenantId}/v2.0</c>, as in Entra's <c>iss</c> claim.</summary>
    public string Issuer => $"http://127.0.0.1:{Port}/{TenantId}/v2.0";

    /// <summary>What OpenIdConnectOptions.Authority takes; discovery is below it.</summary>
    public string Authority => Issuer;

    public Uri MetadataAddress => new(Issuer + "/.well-known/openid-configuration");

    public string SigningKeyId => (string)signingKey["kid"]!;

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Everything the provider wrote to stderr (its warnings and errors), for assertion messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts Node and waits until the provider listens; the first start picks the port.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The OpenID provider is already running.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["OIDC_PROVIDER_CONFIG"] = ConfigJson(), ["NO_COLOR"] = "1" },
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "Shared", "Oidc", "provider.mjs"));

        // Completes with the JSON line once listening, or null if Node exits first.
        var listening = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new Process { StartInfo = start, EnableRaisingEvents = true };
        started.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith('{'))
            {
                listening.TrySetResult(line);
            }
        };
        started.ErrorDataReceived += (_, e) => Append(e.Data);
        started.Exited += (_, _) => listening.TrySetResult(null);

        started.Start();
        process = started;
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        string? line;
        try
        {
            line = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await StopAsync();
            throw new TimeoutException($"The OpenID provider did not start within {StartTimeout}:\n{Log}");
        }

        if (line is null)
        {
            await StopAsync(); // waits for stderr to drain
            throw new InvalidOperationException($"The OpenID provider exited before listening:\n{Log}");
        }

        options.Port = JsonNode.Parse(line)!["port"]!.GetValue<int>();
    }

    /// <summary>Kills the provider, as an outage would; its sessions and codes are gone after a restart.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private string ConfigJson()
    {
        var config = new
        {
            options.Port,
            options.TenantId,
            options.ClientId,
            options.ClientSecret,
            options.RedirectUris,
            options.PostLogoutRedirectUris,
            options.AnyLoopbackPort,
            options.Accounts,
            SigningKey = signingKey,
            ExitWithStdin = true, // Node goes when the test host does, however that ends
        };
        return JsonSerializer.Serialize(config, Json);
    }

    private static JsonObject CreateSigningKey()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(includePrivateParameters: true);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = Guid.NewGuid().ToString("N"),
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["d"] = Base64UrlEncoder.Encode(p.D),
            ["p"] = Base64UrlEncoder.Encode(p.P),
            ["q"] = Base64UrlEncoder.Encode(p.Q),
            ["dp"] = Base64UrlEncoder.Encode(p.DP),
            ["dq"] = Base64UrlEncoder.Encode(p.DQ),
            ["qi"] = Base64UrlEncoder.Encode(p.InverseQ),
        };
    }
}
