using System.Security.Cryptography;
using System.Text;

namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// The code attendees type (or scan) to sign in to a briefing. It rotates every <see cref="Step"/> so a code passed
/// on after the session is useless, and is accepted only while the session's sign-in is open. Derived from a
/// per-session secret by HMAC, so the server stores the secret, never a list of codes.
/// </summary>
public static class AttendanceCodes
{
    public const int Length = 6;

    /// <summary>No 0/O or 1/I, which people misread from a screen at the back of a room.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static readonly TimeSpan Step = TimeSpan.FromMinutes(2);

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The code shown at <paramref name="at"/>.</summary>
    public static string For(byte[] secret, DateTimeOffset at) => ForStep(secret, StepOf(at));

    /// <summary>
    /// Whether <paramref name="typed"/> signs someone in at <paramref name="at"/>: the current code or the one just
    /// before it (someone typing as it changes), and only between the session opening and closing.
    /// </summary>
    public static bool Accepts(byte[] secret, string? typed, DateTimeOffset at, DateTimeOffset opens, DateTimeOffset closes)
    {
        if (at < opens || at >= closes)
        {
            return false;
        }

        var normalised = Normalise(typed);
        if (normalised.Length != Length)
        {
            return false;
        }

        var step = StepOf(at);
        return Same(normalised, ForStep(secret, step)) || (step - 1 >= StepOf(opens) && Same(normalised, ForStep(secret, step - 1)));
    }

    /// <summary>What people type: any case, with spaces or a dash in the middle.</summary>
    public static string Normalise(string? typed) =>
        new([.. (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);

    private static long StepOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    private static string ForStep(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA256.HashData(secret, counter);
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            code.Append(Alphabet[hash[i] % Alphabet.Length]);
        }

        return code.ToString();
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
