using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

/// <summary>Reload on change (Development): a good edit replaces the snapshot; a broken one is refused.</summary>
public sealed class ContentStoreTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nts-store-");

    public ContentStoreTests()
    {
        File.WriteAllText(Path.Combine(root.FullName, "phases.yml"), "phases: []\n");
        Directory.CreateDirectory(Path.Combine(root.FullName, "pages", "en"));
        WritePage("First title");
    }

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task Store_WithReload_PicksUpAnEditedPage()
    {
        using var store = Store(reload: true);
        var changed = WhenChanged(store);

        WritePage("Second title");

        await changed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Second title", store.Current.Find("en", "/")!.Title);
    }

    [Fact]
    public async Task Store_WithReload_KeepsTheLastGoodContentWhenAnEditIsBroken()
    {
        using var store = Store(reload: true);
        var changed = WhenChanged(store);

        File.WriteAllText(Path.Combine(root.FullName, "pages", "en", "broken.md"), "no front matter");
        WritePage("Third title");

        await Assert.ThrowsAsync<TimeoutException>(() => changed.WaitAsync(TimeSpan.FromSeconds(3)));
        Assert.Equal("First title", store.Current.Find("en", "/")!.Title);
        Assert.Empty(store.Current.Problems);
    }

    [Fact]
    public void Store_WithoutReload_KeepsTheSnapshotLoadedAtStartUp()
    {
        using var store = Store(reload: false);

        WritePage("Second title");

        Assert.Equal("First title", store.Current.Find("en", "/")!.Title);
    }

    private ContentStore Store(bool reload) => new(
        Options.Create(new ContentOptions { Path = root.FullName, ReloadOnChange = reload }),
        new Environment(),
        NullLogger<ContentStore>.Instance);

    private static Task WhenChanged(ContentStore store)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Changed += () => changed.TrySetResult();
        return changed.Task;
    }

    private void WritePage(string title) => File.WriteAllText(
        Path.Combine(root.FullName, "pages", "en", "index.md"),
        $"---\ntitle: {title}\nsummary: S.\naudience: all\nlanguage: en\nphase: evergreen\n---\nBody.\n");

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "SafeguardingPortal";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
