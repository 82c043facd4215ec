using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SafeguardingPortal.Web.Outbox.Events;

public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Invalid,
}

/// <summary>
/// SendGrid's Signed Event Webhook (security.md §20): an ECDSA P-256 signature (DER) over the timestamp header
/// followed by the raw body bytes, checked against the verification key (base64 DER SubjectPublicKeyInfo).
/// A timestamp outside the tolerance is refused, so a captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public static SignatureCheck Check(string verificationKey, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !TryBase64(signature, out var der))
        {
            return SignatureCheck.Malformed;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        if ((now - signedAt).Duration() > tolerance)
        {
            return SignatureCheck.Stale;
        }

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(verificationKey), out _);
        var payload = new byte[Encoding.ASCII.GetByteCount(timestamp) + body.Length];
        var written = Encoding.ASCII.GetBytes(timestamp, payload);
        body.CopyTo(payload.AsSpan(written));
        try
        {
            return key.VerifyData(payload, der, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }
        catch (CryptographicException)
        {
            return SignatureCheck.Malformed;
        }
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var length))
        {
            bytes = bytes[..length];
            return true;
        }

        return false;
    }
}
