using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Where the columns the importer needs are in an ONSPD or NSPL header, by name and in any case (routing.md §4.3).
/// County and country are not stored (the register maps districts to counties) but are required, so that a file
/// of another layout is refused rather than half read.
/// </summary>
/// <param name="Width">The fields a row needs to reach every required column.</param>
public sealed record ImportColumns(int Postcode, int Terminated, int District, int Width)
{
    public static ImportColumns FromHeader(string? header)
    {
        var names = CsvLine.Split((header ?? "").TrimStart('\uFEFF')).Select(n => n.Trim()).ToList();
        var missing = new List<string>();

        int Find(string what, params string[] candidates)
        {
            var index = names.FindIndex(n => candidates.Contains(n, StringComparer.OrdinalIgnoreCase));
            if (index < 0)
            {
                missing.Add($"{what} ({string.Join(" or ", candidates)})");
            }

            return index;
        }

        var columns = new[]
        {
            Find("postcode", "pcds"),
            Find("termination date", "doterm"),
            Find("local authority district", "oslaua", "laua"),
            Find("county", "oscty", "cty"),
            Find("country", "ctry"),
        };
        return missing.Count == 0
            ? new ImportColumns(columns[0], columns[1], columns[2], columns.Max() + 1)
            : throw new InvalidDataException($"The file has no column for the {string.Join(", ", missing)}: an ONSPD or NSPL CSV is needed. Nothing was imported.");
    }
}
