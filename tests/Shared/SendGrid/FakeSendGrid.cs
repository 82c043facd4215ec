using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>One mail send as the fake saw it: when (ms since the Unix epoch), its answer, the key it came with, and its notification_id.</summary>
public sealed record SendGridRequest(long At, int Status, string? ApiKey, string? NotificationId);

/// <summary>An answer the fake gives instead of judging the body: 400/401/413/429/503…; a 429 names a reset this many seconds on.</summary>
public sealed record ScriptedAnswer(int Status, int ResetSeconds = 1);

/// <summary>
/// A SendGrid-compatible Mail Send server (tests/Shared/SendGrid/fake-sendgrid.mjs), run by Node on a loopback
/// port. It validates every body against the contract's JSON Schema in <c>../shared/contracts/sendgrid/</c>, answers
/// 202 or 400, can be scripted to refuse or fail the next requests, and keeps what it accepted.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder log = new();
    private readonly HttpClient control = new();
    private Process? process;

    /// <summary>The contract, from the <c>shared/</c> folder beside the repository; never copied into it.</summary>
    public static string SchemaPath => SharedContracts.Path("sendgrid", "mail-send-request.schema.json");

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the fake wrote to stderr (the bodies it rejected and why), for assertion messages.</summary>
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

    public static async Task<FakeSendGrid> StartAsync()
    {
        var fake = new FakeSendGrid();
        await fake.StartProcessAsync();
        return fake;
    }

    public async Task ScriptAsync(params ScriptedAnswer[] answers) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/script"), new { answers = answers.Select(a => new { status = a.Status, resetSeconds = a.ResetSeconds }) })).EnsureSuccessStatusCode();

    /// <summary>Makes every mail send wait this long before it is answered.</summary>
    public async Task DelayAsync(TimeSpan delay) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/delay"), new { ms = (int)delay.TotalMilliseconds })).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<JsonObject>> AcceptedAsync() =>
        [.. (await control.GetFromJsonAsync<JsonArray>(new Uri(BaseUrl, "control/accepted")))!.Select(b => b!.AsObject())];

    public async Task<IReadOnlyList<SendGridRequest>> RequestsAsync() =>
        (await control.GetFromJsonAsync<List<SendGridRequest>>(new Uri(BaseUrl, "control/requests"), JsonSerializerOptions.Web))!;

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
            Environment = { ["FAKE_SENDGRID_CONFIG"] = JsonSerializer.Serialize(new { schemaPath = SchemaPath, exitWithStdin = true }) },
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "Shared", "SendGrid", "fake-sendgrid.mjs"));

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
            throw new TimeoutException($"The fake SendGrid did not start within {StartTimeout}:\n{Log}");
        }

        if (line is null)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The fake SendGrid exited before listening:\n{Log}");
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
