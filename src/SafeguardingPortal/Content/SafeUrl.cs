namespace SafeguardingPortal.Content;

/// <summary>The link and image address allow-list of security.md §10.</summary>
public static class SafeUrl
{
    private static readonly string[] LinkSchemes = ["https", "http", "mailto", "tel"];
    private static readonly string[] ImageSchemes = ["https"];

    public static bool IsSafeLink(string? url) => IsSafe(url, LinkSchemes);

    public static bool IsSafeImage(string? url) => IsSafe(url, ImageSchemes);

    /// <summary>A path on this site ("/x", "#x", "x?y"), as opposed to a link with a scheme.</summary>
    public static bool IsInternal(string url) => Scheme(Normalise(url)) is null && !IsProtocolRelative(Normalise(url));

    private static bool IsSafe(string? url, string[] schemes)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers drop tabs and newlines inside URLs and ignore leading control characters,
        // so "java\tscript:" must be judged as "javascript:".
        var normalised = Normalise(url);
        if (normalised.Length == 0 || IsProtocolRelative(normalised))
        {
            return false;
        }

        var scheme = Scheme(normalised);
        return scheme is null || schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static string Normalise(string url) =>
        string.Concat(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)));

    // "//host" and "/\host" leave the site while looking relative.
    private static bool IsProtocolRelative(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal) || url.StartsWith('\\');

    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        return colon <= 0 || (pathStart >= 0 && pathStart < colon) ? null : url[..colon];
    }
}
