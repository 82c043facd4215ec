namespace SafeguardingPortal.Testing;

/// <summary>A throwaway copy of the repository's <c>content/</c> folder, for tests that change content.</summary>
public sealed class ContentCopy : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nts-content-");

    public ContentCopy()
    {
        var source = RepositoryRoot.Combine("content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(root.FullName, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string Path => root.FullName;

    public string File(params string[] parts) => System.IO.Path.Combine([root.FullName, .. parts]);

    public void Edit(string relative, Func<string, string> change)
    {
        var file = File(relative);
        System.IO.File.WriteAllText(file, change(System.IO.File.ReadAllText(file)));
    }

    public void Dispose() => root.Delete(recursive: true);
}
