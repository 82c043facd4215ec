namespace SafeguardingPortal.Web.Documents;

public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Debian's chromium; documents fall back to their print-ready HTML page when it is missing.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Where the portal can reach itself on loopback for Chromium to load a template; defaults to the first address Kestrel listens on.</summary>
    public Uri? RenderBaseUrl { get; set; }

    /// <summary>Rendered documents are cached here, one file per content version.</summary>
    public string CacheDirectory { get; set; } = "App_Data/documents";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
