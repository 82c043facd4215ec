using System.Text;

namespace SafeguardingPortal.Content;

/// <summary>The <c>content/</c> folder on disk: the embedded default source.</summary>
public sealed class FolderContentFiles(string root) : IContentFiles
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Origin => Root;

    public bool FileExists(string path) => File.Exists(Full(path));

    public bool FolderExists(string path) => Directory.Exists(Full(path));

    public IReadOnlyList<string> FilesIn(string folder, string extension, bool recursive = false) =>
        FolderExists(folder)
            ? [.. Directory.EnumerateFiles(Full(folder), "*" + extension, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Select(Relative).Order(StringComparer.Ordinal)]
            : [];

    public IReadOnlyList<string> FoldersIn(string folder) =>
        FolderExists(folder) ? [.. Directory.EnumerateDirectories(Full(folder)).Select(Relative).Order(StringComparer.Ordinal)] : [];

    public string Read(string path) => File.ReadAllText(Full(path), Encoding.UTF8);

    private string Full(string path) => Path.Combine(Root, path);

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');
}
