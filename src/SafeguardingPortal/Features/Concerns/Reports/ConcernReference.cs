using System.Security.Cryptography;

namespace SafeguardingPortal.Features.Concerns.Reports;

/// <summary>
/// A report's public reference: <c>NTS-</c> and 8 Crockford base-32 characters (40 random bits), easy to read
/// out on the phone — no I, L, O or U.
/// </summary>
public static class ConcernReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[5];
        RandomNumberGenerator.Fill(bytes);
        var value = ((ulong)bytes[0] << 32) | ((ulong)bytes[1] << 24) | ((ulong)bytes[2] << 16) | ((ulong)bytes[3] << 8) | bytes[4];
        Span<char> characters = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            characters[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return "NTS-" + new string(characters);
    }
}
