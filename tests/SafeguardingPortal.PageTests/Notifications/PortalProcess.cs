using System.Diagnostics;
using System.Text;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// The built portal (<c>src/SafeguardingPortal/bin/Debug/net10.0</c>) run by <c>dotnet</c> as a process of its own,
/// configured by environment variables, on a random loopback port: a second instance, or one to kill with SIGKILL.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder log = new();
    private readonly Process process;

    private PortalProcess(Process process) => this.process = process;

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

    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var app = RepositoryRoot.Combine("src", "SafeguardingPortal", "bin", "Debug", "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
        start.ArgumentList.Add(Path.Combine(app, "SafeguardingPortal.dll"));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var listening = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(started);
        started.OutputDataReceived += (_, e) =>
        {
            portal.Append(e.Data);
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult(true);
            }
        };
        started.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        started.Exited += (_, _) => listening.TrySetResult(false);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        if (!await listening.Task.WaitAsync(StartTimeout))
        {
            await portal.DisposeAsync();
            throw new InvalidOperationException($"The portal exited before listening:\n{portal.Log}");
        }

        return portal;
    }

    /// <summary>SIGKILL: no shutdown, no last save, as a crashed machine would leave it.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
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
