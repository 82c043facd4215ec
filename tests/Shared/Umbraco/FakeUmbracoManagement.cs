using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>One request as the fake Umbraco saw it: whether it was within the contract, and its answer.</summary>
public sealed record UmbracoRequest(string Method, string Path, Dictionary<string, string> Query, bool Valid, int Status, string? Error)
{
    public bool IsToken => Path.EndsWith("/security/back-office/token", StringComparison.Ordinal);

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE" && !IsToken;

    public override string ToString() => $"{Method} {Path} → {Status}{(Error is null ? "" : $" ({Error})")}";
}

/// <summary>
/// An Umbraco 17 Management API (tests/Shared/Umbraco/fake-umbraco-management.mjs), run by Node on a loopback port.
/// It validates every request against Umbraco's OpenAPI document in <c>../shared/contracts/umbraco/</c>, issues
/// tokens only for the client credentials it was given, keeps document types and documents in memory, and records
/// every request.
/// </summary>
public sealed class FakeUmbracoManagement : IAsyncDisposable
{
    public const string ClientId = "umbraco-back-office-portal-push";
    public const string ClientSecret = "a-test-client-secret";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder log = new();
    private readonly HttpClient control = new();
    private Process? process;

    /// <summary>The contract, from the <c>shared/</c> folder beside the repository; never copied into it.</summary>
    public static string ContractPath => SharedContracts.Path("umbraco", "management-api-v1.openapi.json");

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the fake wrote to stderr (the requests it found invalid and why), for assertion messages.</summary>
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

    /// <summary>The settings that point the portal's <c>content push</c> at this fake.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Umbraco:ManagementUrl"] = BaseUrl.ToString(),
        ["Umbraco:ClientId"] = ClientId,
        ["Umbraco:ClientSecret"] = ClientSecret,
    };

    public static async Task<FakeUmbracoManagement> StartAsync()
    {
        var fake = new FakeUmbracoManagement();
        await fake.StartProcessAsync();
        return fake;
    }

    /// <summary>Answers the next <paramref name="count"/> API requests with <paramref name="status"/> (a 503 while Umbraco restarts).</summary>
    public async Task FailNextAsync(int status, int count = 1) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/fail"), new { status, count })).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<UmbracoRequest>> RequestsAsync() =>
        (await control.GetFromJsonAsync<List<UmbracoRequest>>(new Uri(BaseUrl, "control/requests"), JsonSerializerOptions.Web))!;

    /// <summary>What the fake holds: <c>languages</c>, <c>dataTypes</c>, <c>documentTypes</c>, <c>documents</c> (each with its <c>parent</c> id).</summary>
    public async Task<JsonObject> StateAsync() =>
        (await control.GetFromJsonAsync<JsonObject>(new Uri(BaseUrl, "control/state")))!;

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
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

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["FAKE_UMBRACO_CONFIG"] = JsonSerializer.Serialize(new { contractPath = ContractPath, clientId = ClientId, clientSecret = ClientSecret, exitWithStdin = true }),
            },
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "Shared", "Umbraco", "fake-umbraco-management.mjs"));

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
            line = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await DisposeAsync();
            throw new TimeoutException($"The fake Umbraco did not start within {StartTimeout}:\n{Log}");
        }

        if (line is null)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The fake Umbraco exited before listening:\n{Log}");
        }

        BaseUrl = new Uri($"http://127.0.0.1:{JsonNode.Parse(line)!["port"]!.GetValue<int>()}/");
    }

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
}
