using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SafeguardingPortal.Content;

/// <summary>
/// Holds the current content snapshot. Loaded from <c>content/</c> at start-up; in Development a change to any file
/// there reloads it; with Umbraco as the source (docs/umbraco.md) its documents replace it. A new snapshot with
/// problems is refused and the last good one kept.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly FolderContentFiles folder;
    private readonly ILogger<ContentStore> logger;
    private readonly IDisposable? watch;
    private volatile ContentSnapshot current;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        this.logger = logger;
        folder = new FolderContentFiles(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));
        current = ContentLoader.Load(folder);
        LogProblems(current);
        if (options.Value.ReloadOnChange)
        {
            var files = new PhysicalFileProvider(folder.Root);
            watch = ChangeToken.OnChange(() => files.Watch("**/*"), () => Publish(ContentLoader.Load(folder)));
        }
    }

    /// <summary>Raised after a reload replaced the snapshot, so caches of rendered pages can be dropped.</summary>
    public event Action? Changed;

    public string Root => folder.Root;

    /// <summary>The <c>content/</c> folder, which also holds what Umbraco never replaces (reference data, strings).</summary>
    public IContentFiles Folder => folder;

    public ContentSnapshot Current => current;

    public void Dispose() => watch?.Dispose();

    /// <summary>Serves <paramref name="next"/> from now on, unless it has problems; false when it was refused.</summary>
    public bool Publish(ContentSnapshot next)
    {
        LogProblems(next);
        if (next.Problems.Count > 0)
        {
            logger.LogWarning("Content from {Origin} refused: the previous version is kept because the new one has {Count} problems", next.Origin, next.Problems.Count);
            return false;
        }

        current = next;
        logger.LogInformation("Content version {Version} from {Origin}", next.Version, next.Origin);
        Changed?.Invoke();
        return true;
    }

    private void LogProblems(ContentSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
        {
            logger.LogError("Content problem in {File}: {Message}", problem.File, problem.Message);
        }
    }
}
