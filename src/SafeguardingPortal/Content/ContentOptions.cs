namespace SafeguardingPortal.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The <c>content/</c> folder; relative paths are from the app's content root.</summary>
    public string Path { get; set; } = "../../content";

    /// <summary><c>content/reference/</c>: versioned reference data, loaded at start-up.</summary>
    public string ReferenceFolder(string contentRootPath) => System.IO.Path.Combine(contentRootPath, Path, "reference");

    /// <summary><c>Folder</c> (the default: <see cref="Path"/>) or <c>Umbraco</c> (docs/umbraco.md).</summary>
    public string Source { get; set; } = "Folder";

    /// <summary>Watch the folder and reload on change (Development).</summary>
    public bool ReloadOnChange { get; set; }
}
