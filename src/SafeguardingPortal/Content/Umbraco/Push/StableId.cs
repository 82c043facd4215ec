using System.Security.Cryptography;
using System.Text;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// The same GUID for the same thing on every run (a name-based UUID from SHA-256, RFC 9562 version 8): each document type, data
/// type and document is created with the id of what it holds ("page:/who-to-call"), so a later push finds it by
/// reading that id, whatever an editor has since renamed.
/// </summary>
public static class StableId
{
    // The namespace of the portal's Umbraco ids; fixed for ever, or every push would create everything again.
    private static readonly Guid Namespace = new("6f1d3c52-2b7e-4f0e-9a43-1c5e8a9b7d21");

    public static Guid For(string name)
    {
        var input = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA256.HashData(input).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
