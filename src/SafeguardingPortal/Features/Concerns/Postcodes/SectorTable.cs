namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// The postcode sector table for Great Britain (routing.md §4.2 item 2): for each sector ("EC2V 7"), what a
/// postcode in it resolves to when nothing more precise is known. Candidates are social-care authority codes.
/// </summary>
public sealed class SectorTable(IReadOnlyDictionary<string, PostcodeLookup> sectors)
{
    /// <summary>The share of a sector's postcodes one council must hold for a best-fit answer.</summary>
    public const int BestFitPercent = 95;

    public IReadOnlyDictionary<string, PostcodeLookup> Sectors => sectors;

    public PostcodeLookup? Find(string sector) => sectors.GetValueOrDefault(sector);

    /// <summary>
    /// The rule of §4.2 item 2, the one place it is written: the generator of postcode-sectors.csv and the test
    /// that checks the shipped file both call it.
    /// </summary>
    /// <param name="sectorCounts">Sector → local authority district (LAD) code → live postcodes.</param>
    /// <param name="counties">Shire district → county.</param>
    /// <param name="mountPleasantSectors">Sectors whose only non-City postcodes are Mount Pleasant large users.</param>
    public static SectorTable Resolve(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> sectorCounts,
        IReadOnlyDictionary<string, string> counties,
        IReadOnlySet<string> mountPleasantSectors) =>
        new(sectorCounts.ToDictionary(
            sector => sector.Key,
            sector => ResolveSector(sector.Value, counties, mountPleasantSectors.Contains(sector.Key)),
            StringComparer.Ordinal));

    private static PostcodeLookup ResolveSector(IReadOnlyDictionary<string, int> ladCounts, IReadOnlyDictionary<string, string> counties, bool mountPleasant)
    {
        // Social care is upper-tier (§3.1.2): districts of one county are one answer, not a choice, so LADs are
        // mapped to their social-care authority before counting authorities and their shares.
        var postcodes = ladCounts
            .GroupBy(lad => counties.GetValueOrDefault(lad.Key, lad.Key), lad => lad.Value, StringComparer.Ordinal)
            .ToDictionary(authority => authority.Key, authority => authority.Sum(), StringComparer.Ordinal);
        var candidates = postcodes.Keys.Order(StringComparer.Ordinal).ToList();

        if (candidates.Count == 1)
        {
            return new(PostcodeMatch.Single, candidates);
        }

        // Best fit never applies to a sector touching the City: it must not move anyone into or out of the City.
        if (postcodes.ContainsKey(Authority.City))
        {
            return mountPleasant ? new(PostcodeMatch.Single, [Authority.City]) : new(PostcodeMatch.Straddle, candidates);
        }

        var leader = postcodes.MaxBy(authority => authority.Value);
        return leader.Value * 100 >= postcodes.Values.Sum() * BestFitPercent
            ? new(PostcodeMatch.BestFit, [leader.Key])
            : new(PostcodeMatch.Straddle, candidates);
    }
}
