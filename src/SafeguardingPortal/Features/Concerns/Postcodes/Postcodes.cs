using System.Text.RegularExpressions;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// UK postcodes as routing.md §4.1 treats them: normalised (upper case, no whitespace) for lookups and storage,
/// displayed as outward code, space, inward code. Elsewhere under <c>Features.Concerns</c> the namespace of the
/// same name hides this class: write <c>Postcodes.Postcodes.TryNormalise</c> there.
/// </summary>
public static partial class Postcodes
{
    /// <summary>
    /// Normalises <paramref name="input"/>; false when it is empty or not shaped like a postcode (a validation
    /// error). A well-formed postcode that no data covers is still valid: its lookup is unknown.
    /// </summary>
    public static bool TryNormalise(string? input, out string normalised)
    {
        var compact = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        normalised = Shape().IsMatch(compact) ? compact : "";
        return normalised.Length > 0;
    }

    /// <summary>"EC2V7HH" → "EC2V 7HH": the inward code is always the last three characters.</summary>
    public static string Display(string normalised) => $"{normalised[..^3]} {normalised[^3..]}";

    /// <summary>"EC2V7HH" → "EC2V 7": the outward code and the inward code's digit, the key of the sector table.</summary>
    public static string Sector(string normalised) => $"{normalised[..^3]} {normalised[^3]}";

    [GeneratedRegex("^([A-Z][A-HJ-Y]?[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
