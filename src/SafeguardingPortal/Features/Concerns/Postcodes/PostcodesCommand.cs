using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// <c>dotnet run -- postcodes …</c>: maintain the postcode data. Exit code 0 on success, 1 on bad data, 2 on bad
/// usage. <c>dotnet run</c> runs in the project folder, so relative paths are taken from the checkout (the folder
/// holding <c>content/</c>), where the README's commands are typed.
/// </summary>
public static class PostcodesCommand
{
    private const string Usage = "Usage: postcodes build-sectors <postcode-sectors-gb.json> | postcodes import <ONSPD or NSPL csv> --release <name>";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        switch (args)
        {
            case ["postcodes", "build-sectors", var json]:
                return BuildSectors(services, json);
            case ["postcodes", "import", var csv, "--release", var release] when !string.IsNullOrWhiteSpace(release):
                return await ImportAsync(services, csv, release.Trim());
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>Derives <c>content/reference/postcode-sectors.csv</c> from the Code-Point Open sector counts.</summary>
    private static int BuildSectors(IServiceProvider services, string json)
    {
        var folder = ReferenceFolder(services);
        json = FromCheckout(services, json);
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

    /// <summary>Replaces the imported postcodes with a release of the ONSPD or NSPL.</summary>
    private static async Task<int> ImportAsync(IServiceProvider services, string csv, string release)
    {
        csv = FromCheckout(services, csv);
        if (!File.Exists(csv))
        {
            Console.Error.WriteLine($"{csv} does not exist");
            return 1;
        }

        await DatabaseServices.MigrateIfConfiguredAsync(services);
        await using var scope = services.CreateAsyncScope();
        using var reader = File.OpenText(csv);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<PostcodeImporter>().ImportAsync(reader, release);
            Console.WriteLine($"Imported {result.Import.Rows:N0} postcodes of {release} at {result.Import.ImportedAt:u}; skipped {result.Terminated:N0} terminated and {result.WithoutDistrict:N0} without a local authority district.");
            return 0;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static string FromCheckout(IServiceProvider services, string path) =>
        Path.GetFullPath(Path.Combine(ReferenceFolder(services), "..", "..", path));

    private static string ReferenceFolder(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ContentOptions>>().Value.ReferenceFolder(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
