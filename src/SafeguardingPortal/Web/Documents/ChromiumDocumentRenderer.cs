using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Web.Documents;

/// <summary>What Chromium renders a page to.</summary>
public enum RenderFormat
{
    Pdf,
    Png,
}

/// <summary>A document to render: a page of the portal's own and the size of the picture (PNG only).</summary>
public sealed record DocumentRequest(string CacheKey, string TemplatePath, RenderFormat Format, int Width = 0, int Height = 0);

/// <summary>
/// Renders the portal's own HTML templates to PDF or PNG with headless Chromium (architecture.md, "Documents"):
/// Chromium shapes Bengali correctly and writes tagged PDFs. Results are cached on disk by key.
/// </summary>
public sealed class ChromiumDocumentRenderer(IOptions<DocumentOptions> options, IServer server, IHostEnvironment environment, ILogger<ChromiumDocumentRenderer> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    public bool IsAvailable => File.Exists(options.Value.ChromiumPath) && BaseUrl() is not null;

    /// <returns>The rendered file, or null when Chromium is missing or failed (the caller offers the HTML instead).</returns>
    public async Task<string?> RenderAsync(DocumentRequest request, CancellationToken cancellationToken)
    {
        var baseUrl = BaseUrl();
        if (!File.Exists(options.Value.ChromiumPath) || baseUrl is null)
        {
            return null;
        }

        var cacheFolder = Path.Combine(environment.ContentRootPath, options.Value.CacheDirectory);
        Directory.CreateDirectory(cacheFolder);
        var extension = request.Format == RenderFormat.Pdf ? ".pdf" : ".png";
        var output = Path.Combine(cacheFolder, request.CacheKey + extension);
        if (File.Exists(output))
        {
            return output;
        }

        var gate = locks.GetOrAdd(output, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(output))
            {
                return output;
            }

            // Chromium picks the picture format from the file name, so the partial file keeps the extension.
            var partial = Path.Combine(cacheFolder, request.CacheKey + ".partial" + extension);
            var rendered = await RunChromiumAsync(new Uri(baseUrl, request.TemplatePath.TrimStart('/')), request, partial, cancellationToken);
            if (!rendered)
            {
                return null;
            }

            File.Move(partial, output, overwrite: true);
            return output;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> RunChromiumAsync(Uri url, DocumentRequest request, string output, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("nts-chromium-");
        var start = new ProcessStartInfo(options.Value.ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in Arguments(url, request, output, profile.FullName))
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var process = Process.Start(start)!;
        try
        {
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                logger.LogError("Chromium could not render {Template} (exit code {ExitCode}): {Errors}", request.TemplatePath, process.ExitCode, await errors);
                return false;
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            logger.LogError("Chromium timed out rendering {Template}", request.TemplatePath);
            return false;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Arguments(Uri url, DocumentRequest request, string output, string profile)
    {
        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--hide-scrollbars";
        yield return $"--user-data-dir={profile}";

        // Chromium refuses to start its sandbox as root (build machines, containers).
        if (Environment.UserName == "root")
        {
            yield return "--no-sandbox";
        }

        if (request.Format == RenderFormat.Pdf)
        {
            yield return "--no-pdf-header-footer";
            yield return "--generate-pdf-document-outline";
            yield return $"--print-to-pdf={output}";
        }
        else
        {
            yield return $"--window-size={request.Width},{request.Height}";
            yield return $"--screenshot={output}";
        }

        yield return url.AbsoluteUri;
    }

    private Uri? BaseUrl()
    {
        if (options.Value.RenderBaseUrl is { } configured)
        {
            return configured;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null ? null : new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
