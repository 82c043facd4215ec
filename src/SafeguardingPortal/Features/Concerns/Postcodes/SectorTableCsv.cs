using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// <c>content/reference/postcode-sectors.csv</c> (sector,match,candidates): the sector table as shipped, derived by
/// <c>postcodes build-sectors</c>. Candidates are space-separated social-care authority codes.
/// </summary>
public static class SectorTableCsv
{
    public const string FileName = "postcode-sectors.csv";

    private static readonly string[] Columns = ["sector", "match", "candidates"];

    public static (SectorTable Table, ReferenceFileStamp Stamp) Read(string referenceFolder)
    {
        var file = ReferenceCsv.Read(Path.Combine(referenceFolder, FileName), Columns);
        var sectors = new Dictionary<string, PostcodeLookup>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (!CamelCaseNames.TryParse<PostcodeMatch>(row[1], out var match) || match == PostcodeMatch.Unknown)
            {
                throw new InvalidDataException($"Reference data {file.Path} line {row.Line}: match '{row[1]}' is not single, straddle or bestFit");
            }

            if (!sectors.TryAdd(row[0], new PostcodeLookup(match, row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            {
                throw new InvalidDataException($"Reference data {file.Path} line {row.Line}: sector '{row[0]}' is listed twice");
            }
        }

        return (new SectorTable(sectors), file.Stamp);
    }

    /// <summary>The header of a generated file: what it is, how to rebuild it, the rule, its source and licence.</summary>
    public static IEnumerable<string> Comments(string source, string date, string owner) =>
    [
        "Postcode sector table for Great Britain (routing.md §4.2 item 2). Derived: do not edit; rebuild with",
        "  dotnet run --project src/SafeguardingPortal -- postcodes build-sectors ../shared/routing/postcode-sectors-gb.json",
        "Rule (SectorTable.Resolve): each district is mapped to its social-care authority (shire district -> county); one",
        $"authority -> single; several including the City -> straddle, except the sectors of {MountPleasantSectors.FileName}",
        $"-> single City; otherwise one holding >= {SectorTable.BestFitPercent}% of the sector's postcodes -> bestFit; else straddle.",
        "candidates: social-care authority codes of authorities.csv, space-separated.",
        $"Source: {source}",
        $"version: {date}",
        $"owner: {owner}",
        $"lastVerified: {date}",
    ];

    /// <summary>The header comment lines come first; rows are in sector order so the file diffs cleanly.</summary>
    public static void Write(SectorTable table, IEnumerable<string> comments, TextWriter writer)
    {
        foreach (var comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        writer.WriteLine(string.Join(',', Columns));
        foreach (var (sector, lookup) in table.Sectors.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{sector},{CamelCaseNames.Name(lookup.Match)},{string.Join(' ', lookup.Candidates)}");
        }
    }
}
