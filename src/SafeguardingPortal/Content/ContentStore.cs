using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SafeguardingPortal.Content;

/// <summary>
/// Holds the current content snapshot. Loaded once at start-up; in Development a change to any file in
/// <c>content/</c> reloads it, keeping the last good snapshot when the new one has problems.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly string root;
    private readonly ILogger<ContentStore> logger;
    private readonly IDisposable? watch;
    private volatile ContentSnapshot current;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        this.logger = logger;
        root = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));
        current = ContentLoader.Load(root);
        LogProblems(current);
        if (options.Value.ReloadOnChange)
        {
            var files = new PhysicalFileProvider(root);
            watch = ChangeToken.OnChange(() => files.Watch("**/*"), Reload);
        }
    }

    /// <summary>Raised after a reload replaced the snapshot, so caches of rendered pages can be dropped.</summary>
    public event Action? Changed;

    public string Root => root;

    public ContentSnapshot Current => current;

    public void Dispose() => watch?.Dispose();

    private void Reload()
    {
        var next = ContentLoader.Load(root);
        LogProblems(next);
        if (next.Problems.Count > 0)
        {
            logger.LogWarning("Content reload kept the previous version because the new one has {Count} problems", next.Problems.Count);
            return;
        }

        current = next;
        logger.LogInformation("Content reloaded, version {Version}", next.Version);
        Changed?.Invoke();
    }

    private void LogProblems(ContentSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
        {
            logger.LogError("Content problem in {File}: {Message}", problem.File, problem.Message);
        }
    }
}
