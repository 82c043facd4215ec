namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Postcode → council (routing.md §4), pure and in memory: the built-in data, plus the LAD code an imported ONS
/// Postcode Directory gives the postcode when the caller has fetched it (<see cref="ImportedPostcodes"/>).
/// Every code it returns is a social-care authority: a shire district comes back as its county.
/// </summary>
public sealed class PostcodeDirectory(PostcodeData data)
{
    public AuthorityRegister Authorities { get; } = new(data.Authorities);

    /// <summary>The versions of the postcode files, to record with a decision.</summary>
    public string Version { get; } = data.Version;

    /// <summary>
    /// Imported postcode → unit entry → Northern Ireland → sector table → unknown. An imported LAD code the
    /// register does not know (a pseudo code, or a council newer than the register) falls through to the built-in data.
    /// </summary>
    public PostcodeLookup Lookup(string normalisedPostcode, string? importedLadCode = null) =>
        Single(importedLadCode)
        ?? Single(data.Units.GetValueOrDefault(normalisedPostcode))
        ?? (normalisedPostcode.StartsWith("BT", StringComparison.Ordinal) ? Single(Authority.NorthernIreland) : null)
        ?? data.Sectors.Find(Postcode.Sector(normalisedPostcode))
        ?? PostcodeLookup.Unknown;

    private PostcodeLookup? Single(string? code) =>
        Authorities.SocialCareCode(code) is { } socialCare ? new(PostcodeMatch.Single, [socialCare]) : null;
}
