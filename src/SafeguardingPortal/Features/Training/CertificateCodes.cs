using System.Security.Cryptography;

namespace SafeguardingPortal.Features.Training;

/// <summary>Certificate codes: unguessable, short enough to type from paper, without letters that look like digits.</summary>
public static class CertificateCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    /// <summary><c>NTS-</c> and 10 characters: 30^10 codes, so guessing one through the rate-limited verify page is hopeless.</summary>
    public static string New() => $"NTS-{RandomNumberGenerator.GetString(Alphabet, 5)}-{RandomNumberGenerator.GetString(Alphabet, 5)}";
}
