namespace SafeguardingPortal.Features.Training.PriorLearning;

/// <summary>
/// Which evidence files are accepted: a PDF, PNG or JPEG of at most 5 MB, recognised by the file's first bytes. The
/// name and the browser's content type are the uploader's claims, so neither is trusted.
/// </summary>
public static class EvidenceFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly (byte[] Signature, string ContentType, string Extension)[] Types =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", "pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", "png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", "jpg"),
    ];

    /// <summary>The content type the bytes start with, or null when they are not one of the accepted types.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content)
    {
        foreach (var (signature, contentType, _) in Types)
        {
            if (content.StartsWith(signature))
            {
                return contentType;
            }
        }

        return null;
    }

    /// <summary>The extension a downloaded copy is given, from the type that was detected.</summary>
    public static string ExtensionFor(string contentType) => Types.First(t => t.ContentType == contentType).Extension;
}
