using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Reads <c>content/reference/postcode-units.csv</c> (postcode,authorityCode,note): full postcodes the service
/// owner has confirmed, which override the sector table (routing.md §4.2 item 3).
/// </summary>
public static class UnitEntriesLoader
{
    public const string FileName = "postcode-units.csv";

    /// <returns>Normalised postcode → authority code as written (mapped to social care when looked up).</returns>
    public static (Dictionary<string, string> Units, ReferenceFileStamp Stamp) Load(string referenceFolder)
    {
        var file = ReferenceCsv.Read(Path.Combine(referenceFolder, FileName), "postcode", "authorityCode", "note");
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (!Postcode.TryNormalise(row[0], out var postcode) || !units.TryAdd(postcode, row[1]))
            {
                throw new InvalidDataException($"Reference data {file.Path} line {row.Line}: '{row[0]}' is not a postcode, or is listed twice");
            }
        }

        return (units, file.Stamp);
    }
}
