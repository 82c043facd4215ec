using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// <c>dotnet run -- postcodes …</c>: maintain the postcode data. Exit code 0 on success, 1 on bad data, 2 on bad
/// usage. <c>dotnet run</c> runs in the project folder, so relative paths are taken from the checkout (the folder
/// holding <c>content/</c>), where the README's commands are typed.
/// </summary>
public static class PostcodesCommand
{
    private const string Usage = "Usage: postcodes build-sectors <postcode-sectors-gb.json>";

    public static Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        switch (args)
        {
            case ["postcodes", "build-sectors", var json]:
                return Task.FromResult(BuildSectors(services, json));
            default:
                Console.Error.WriteLine(Usage);
                return Task.FromResult(2);
        }
    }

    /// <summary>Derives <c>content/reference/postcode-sectors.csv</c> from the Code-Point Open sector counts.</summary>
    private static int BuildSectors(IServiceProvider services, string json)
    {
        var folder = ReferenceFolder(services);
        json = Path.GetFullPath(Path.Combine(folder, "..", "..", json));
        if (!File.Exists(json))
        {
            Console.Error.WriteLine($"{json} does not exist");
            return 1;
        }

        var counts = SectorCounts.Read(json);
        var (mountPleasant, mountPleasantStamp) = MountPleasantSectors.Read(folder);
        var table = SectorTable.Resolve(counts.Sectors, counts.Counties, mountPleasant);
        var today = LondonTime.Today(services.GetRequiredService<TimeProvider>()).ToString("yyyy-MM-dd");
        var path = Path.Combine(folder, SectorTableCsv.FileName);
        using (var writer = new StreamWriter(path) { NewLine = "\n" })
        {
            SectorTableCsv.Write(table, SectorTableCsv.Comments(counts.Source, today, mountPleasantStamp.Owner), writer);
        }

        var matches = table.Sectors.Values.GroupBy(l => l.Match).OrderBy(g => g.Key).Select(g => $"{g.Count()} {CamelCaseNames.Name(g.Key)}");
        Console.WriteLine($"Wrote {table.Sectors.Count} sectors to {Path.GetFullPath(path)}: {string.Join(", ", matches)}");
        return 0;
    }

    private static string ReferenceFolder(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ContentOptions>>().Value.ReferenceFolder(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
