using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// Images published in Umbraco (poster artwork), fetched by the portal and served from its own address
/// (<c>/content-media/…</c>), so the Content Security Policy keeps <c>img-src 'self'</c>. Raster images only, checked
/// by their first bytes: an SVG can carry script.
/// </summary>
public sealed class ContentMedia
{
    public const string Path = "/content-media";
    public const int MaxBytes = 5 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.Ordinal);

    public (byte[] Bytes, string ContentType)? Find(string name) => files.TryGetValue(name, out var file) ? file : null;

    /// <summary>The portal's address of an image already fetched, or null.</summary>
    public string? UrlOf(Guid id, string sourceUrl) => names.TryGetValue(Key(id, sourceUrl), out var name) ? $"{Path}/{name}" : null;

    /// <summary>Keeps an image; false (and nothing kept) when it is not a PNG, JPEG, GIF or WebP of at most <see cref="MaxBytes"/>.</summary>
    public bool TryAdd(Guid id, string sourceUrl, byte[] bytes)
    {
        if (bytes.Length > MaxBytes || Sniff(bytes) is not { } type)
        {
            return false;
        }

        var key = Key(id, sourceUrl);
        var name = $"{key}.{type.Extension}";
        files[name] = (bytes, type.ContentType);
        names[key] = name;
        return true;
    }

    /// <summary>The media item and its file's address on the Umbraco site: a replaced image has a new address, and so a new name here.</summary>
    private static string Key(Guid id, string sourceUrl) =>
        $"{id:N}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceUrl)))[..12]}";

    private static (string Extension, string ContentType)? Sniff(ReadOnlySpan<byte> b) => b switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ("png", "image/png"),
        [0xFF, 0xD8, 0xFF, ..] => ("jpg", "image/jpeg"),
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => ("gif", "image/gif"),
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ("webp", "image/webp"),
        _ => null,
    };
}
