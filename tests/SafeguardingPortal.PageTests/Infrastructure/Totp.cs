using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>An authenticator app: RFC 6238 codes (HMAC-SHA1, 30-second steps, 6 digits) from a Base32 key.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; the test must compute what they compute.
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c != ' ' && c != '='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
