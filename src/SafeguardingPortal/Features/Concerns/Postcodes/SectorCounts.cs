using System.Text.Json;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// The input of the sector table, <c>../shared/routing/postcode-sectors-gb.json</c>: live postcodes per sector and
/// local authority district from OS Code-Point Open, and each shire district's county.
/// </summary>
/// <param name="Source">Where the counts come from, with their Open Government Licence attribution.</param>
public sealed record SectorCounts(
    string Source,
    Dictionary<string, IReadOnlyDictionary<string, int>> Sectors,
    Dictionary<string, string> Counties)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectRequiredConstructorParameters = true };

    public static SectorCounts Read(string path) =>
        JsonSerializer.Deserialize<SectorCounts>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty");
}
