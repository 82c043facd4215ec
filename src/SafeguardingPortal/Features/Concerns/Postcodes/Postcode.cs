using System.Text.RegularExpressions;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>UK postcodes as routing.md §4.1 reads them: upper case, no spaces, then a strict pattern.</summary>
public static partial class Postcode
{
    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = string.Concat((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return Pattern().IsMatch(normalised);
    }

    /// <summary>"EC2V7HH" → "EC2V 7HH".</summary>
    public static string Display(string normalised) => $"{normalised[..^3]} {normalised[^3..]}";

    /// <summary>"EC2V7HH" → "EC2V 7": the outward code and the first inward digit.</summary>
    public static string Sector(string normalised) => $"{normalised[..^3]} {normalised[^3]}";

    [GeneratedRegex("^([A-Z][A-HJ-Y]?[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$")]
    private static partial Regex Pattern();
}
