namespace SafeguardingPortal.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The <c>content/</c> folder; relative paths are from the app's content root.</summary>
    public string Path { get; set; } = "../../content";

    /// <summary>Watch the folder and reload on change (Development).</summary>
    public bool ReloadOnChange { get; set; }
}
