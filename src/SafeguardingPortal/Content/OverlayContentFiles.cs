namespace SafeguardingPortal.Content;

/// <summary>
/// Files held in memory laid over the <c>content/</c> folder (<paramref name="baseFolder"/>): paths under <paramref name="replaced"/> come only from
/// memory (Umbraco's documents), everything else from the folder (reference data, interface strings).
/// </summary>
public sealed class OverlayContentFiles(IContentFiles baseFolder, IReadOnlyDictionary<string, string> files, IReadOnlyList<string> replaced, string origin) : IContentFiles
{
    public string Origin => origin;

    public bool FileExists(string path) => Replaced(path) ? files.ContainsKey(path) : baseFolder.FileExists(path);

    public bool FolderExists(string path) => Replaced(path) ? files.Keys.Any(k => k.StartsWith(path + "/", StringComparison.Ordinal)) : baseFolder.FolderExists(path);

    public IReadOnlyList<string> FilesIn(string folder, string extension, bool recursive = false) => Replaced(folder)
        ? [.. files.Keys.Where(k => k.EndsWith(extension, StringComparison.Ordinal) && Below(k, folder, recursive)).Order(StringComparer.Ordinal)]
        : baseFolder.FilesIn(folder, extension, recursive);

    public IReadOnlyList<string> FoldersIn(string folder) => Replaced(folder)
        ? [.. files.Keys.Where(k => Below(k, folder, recursive: true)).Select(k => folder + "/" + k[(folder.Length + 1)..].Split('/')[0])
            .Where(f => files.Keys.Any(k => k.StartsWith(f + "/", StringComparison.Ordinal))).Distinct().Order(StringComparer.Ordinal)]
        : baseFolder.FoldersIn(folder);

    public string Read(string path) => Replaced(path) ? files[path] : baseFolder.Read(path);

    private bool Replaced(string path) => replaced.Any(r => path == r || path.StartsWith(r + "/", StringComparison.Ordinal));

    private static bool Below(string file, string folder, bool recursive) =>
        file.StartsWith(folder + "/", StringComparison.Ordinal) && (recursive || !file[(folder.Length + 1)..].Contains('/', StringComparison.Ordinal));
}
