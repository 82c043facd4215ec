using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>
/// Runs one of the tests' Node servers (a script under <c>tests/Shared/</c>) on a loopback port: it is given its
/// configuration as JSON in an environment variable, prints <c>{"port":N}</c> once listening, exits when stdin
/// closes, and writes its problems to stderr, which is kept for assertion messages.
/// </summary>
public sealed class LoopbackNodeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder log = new();
    private Process? process;

    private LoopbackNodeServer()
    {
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

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

    /// <param name="script">The script's path from the repository root.</param>
    /// <param name="configVariable">The environment variable the script reads its configuration from.</param>
    public static async Task<LoopbackNodeServer> StartAsync(string script, string configVariable, object config)
    {
        var server = new LoopbackNodeServer();
        await server.StartProcessAsync(script, configVariable, config);
        return server;
    }

    public async ValueTask DisposeAsync()
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

    private async Task StartProcessAsync(string script, string configVariable, object config)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { [configVariable] = JsonSerializer.Serialize(config) },
        };
        start.ArgumentList.Add(RepositoryRoot.Combine(script.Split('/')));

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
            throw new TimeoutException($"{script} did not start within {StartTimeout}:\n{Log}");
        }

        if (line is null)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"{script} exited before listening:\n{Log}");
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
