namespace SafeguardingPortal.Content;

/// <summary>
/// The tree of files the content loader reads, by paths relative to its root with '/' separators: the
/// <c>content/</c> folder itself, or Umbraco's documents laid out as the same files over it. Whatever the source,
/// the same parser, checks and Markdown pipeline apply.
/// </summary>
public interface IContentFiles
{
    /// <summary>Where the content comes from, for messages ("content/ at /srv/portal/content", an Umbraco address).</summary>
    string Origin { get; }

    bool FileExists(string path);

    bool FolderExists(string path);

    /// <summary>The files in a folder (and below it when <paramref name="recursive"/>) ending in <paramref name="extension"/>, as paths from the root, in ordinal order.</summary>
    IReadOnlyList<string> FilesIn(string folder, string extension, bool recursive = false);

    /// <summary>The folders directly in a folder, as paths from the root, in ordinal order.</summary>
    IReadOnlyList<string> FoldersIn(string folder);

    string Read(string path);
}

/// <summary>Joins content paths with '/', whatever the operating system.</summary>
public static class ContentPath
{
    public static string Combine(params string[] parts) => string.Join('/', parts.Where(p => p.Length > 0).Select(p => p.Trim('/')));

    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}
