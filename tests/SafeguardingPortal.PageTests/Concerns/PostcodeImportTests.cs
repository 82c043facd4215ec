using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary>
/// The ONSPD/NSPL importer against the real database (SQLite or PostgreSQL, as the run says). Each test starts
/// with an import, which replaces whatever an earlier test left, so they do not depend on their order.
/// </summary>
public sealed class PostcodeImportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NsplHeader = "pcds,doterm,laua,cty,ctry";

    private async Task<PostcodeImportResult> ImportAsync(string csv, string release)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostcodeImporter>().ImportAsync(new StringReader(csv), release);
    }

    private async Task<IReadOnlyDictionary<string, string>> FindAsync(params string[] postcodes)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportedPostcodes>().FindAsync(postcodes);
    }

    private async Task<PostcodeImport> LatestImportAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PostcodeImport>().OrderByDescending(i => i.Id).FirstAsync();
    }

    private static string Normalise(string postcode) => Postcode.TryNormalise(postcode, out var normalised) ? normalised : throw new ArgumentException(postcode);

    [Fact]
    public async Task Import_CodePointFile_ResolvesEveryPostcodeToItsOwnAuthority_ExceptTheOneWithoutADistrict()
    {
        var path = SharedRouting.Path("codepoint-ec-e1-wc.nspl.csv");
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Select(f => (Postcode: Normalise(f[0]), Lad: f[2])).ToList();
        var directory = portal.Services.GetRequiredService<PostcodeDirectory>();

        var result = await ImportAsync(await File.ReadAllTextAsync(path), "Code-Point Open 2025.4.0, EC E1 WC");
        var imported = await FindAsync([.. rows.Select(r => r.Postcode)]);

        Assert.Equal(8_085, rows.Count);
        Assert.Equal((8_084, 0, 1), (result.Import.Rows, result.Terminated, result.WithoutDistrict));
        Assert.Equal(8_084, imported.Count);
        Assert.All(rows.Where(r => r.Lad.Length > 0), row =>
        {
            var lookup = directory.Lookup(row.Postcode, imported[row.Postcode]);
            Assert.Equal(PostcodeMatch.Single, lookup.Match);
            Assert.Equal([directory.Authorities.SocialCareCode(row.Lad)!], lookup.Candidates);
        });

        var withoutDistrict = Assert.Single(rows, r => r.Lad.Length == 0);
        Assert.Equal("E1W1BQ", withoutDistrict.Postcode);
        Assert.False(imported.ContainsKey("E1W1BQ"));
    }

    [Fact]
    public async Task Import_PostcodesThatStraddleOnTheBuiltInData_ResolveToOneCouncil()
    {
        var directory = portal.Services.GetRequiredService<PostcodeDirectory>();
        await ImportAsync($"{NsplHeader}\nEC1M 6BQ,,E09000019,E99999999,E92000001\nEC2A 4NE,,E09000012,E99999999,E92000001\n", "Two");

        var imported = await FindAsync("EC1M6BQ", "EC2A4NE", "EC1M6BP");

        Assert.Equal(PostcodeMatch.Straddle, directory.Lookup("EC1M6BQ").Match);
        Assert.Equal("E09000019", directory.Lookup("EC1M6BQ", imported["EC1M6BQ"]).Authority);
        Assert.Equal("E09000012", directory.Lookup("EC2A4NE", imported["EC2A4NE"]).Authority);
        Assert.Equal(PostcodeMatch.Straddle, directory.Lookup("EC1M6BP", imported.GetValueOrDefault("EC1M6BP")).Match);
    }

    [Fact]
    public async Task Import_OnspdLayout_MapsColumnsByNameInAnyCase_AndSkipsTerminatedPostcodesAndBlankLines()
    {
        var csv = """
            "PCD","PCD2","PCDS","DOINTR","DOTERM","OSCTY","CED","OSLAUA","OSWARD","CTRY"
            "BR8 7RE","BR8  7RE","BR8 7RE","198001","","E10000016","E58000001","E07000111","E05000001","E92000001"
            "BR8 7ZZ","BR8  7ZZ","BR8 7ZZ","198001","200012","E10000016","E58000001","E07000111","E05000001","E92000001"

            "CF10 1EP","CF101EP","CF10 1EP","198001","","W99999999","W99999999","W06000015","W05000001","W92000004"
            """;

        var result = await ImportAsync(csv, "ONSPD sample");
        var imported = await FindAsync("BR87RE", "BR87ZZ", "CF101EP");

        Assert.Equal((2, 1, 0), (result.Import.Rows, result.Terminated, result.WithoutDistrict));
        Assert.Equal(new Dictionary<string, string> { ["BR87RE"] = "E07000111", ["CF101EP"] = "W06000015" }, imported);
        Assert.Equal("E10000016", portal.Services.GetRequiredService<PostcodeDirectory>().Lookup("BR87RE", imported["BR87RE"]).Authority);
    }

    [Fact]
    public async Task Import_Second_ReplacesTheFirst()
    {
        await ImportAsync($"{NsplHeader}\nN1 9GU,,E09000019,E99999999,E92000001\nN7 8JL,,E09000019,E99999999,E92000001\n", "First");

        await ImportAsync($"{NsplHeader}\nN1 9GU,,E09000007,E99999999,E92000001\nNW1 2DB,,E09000007,E99999999,E92000001\n", "Second");

        Assert.Equal(new Dictionary<string, string> { ["N19GU"] = "E09000007", ["NW12DB"] = "E09000007" }, await FindAsync("N19GU", "N78JL", "NW12DB"));
        var latest = await LatestImportAsync();
        Assert.Equal(("Second", 2, portal.Time.Now), (latest.Release, latest.Rows, latest.ImportedAt));
    }

    [Theory]
    [InlineData("pcds,doterm,cty,ctry", "local authority district (oslaua or laua)")]
    [InlineData("postcode,doterm,laua,cty,ctry", "postcode (pcds)")]
    [InlineData("pcds,laua,ctry", "termination date (doterm), county (oscty or cty)")]
    public async Task Import_MissingColumn_FailsWithAClearMessage_AndImportsNothing(string header, string missing)
    {
        await ImportAsync($"{NsplHeader}\nSE15 5AA,,E09000028,E99999999,E92000001\n", "Before");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync($"{header}\nSE6 4RU,,E09000023,E99999999\n", "Broken"));

        Assert.Equal($"The file has no column for the {missing}: an ONSPD or NSPL CSV is needed. Nothing was imported.", error.Message);
        Assert.Equal(["SE155AA"], (await FindAsync("SE155AA", "SE64RU")).Keys);
        Assert.Equal("Before", (await LatestImportAsync()).Release);
    }

    [Fact]
    public async Task Import_BadRowPartWay_RollsBackEverything()
    {
        await ImportAsync($"{NsplHeader}\nSE15 5AA,,E09000028,E99999999,E92000001\n", "Before");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            ImportAsync($"{NsplHeader}\nSE6 4RU,,E09000023,E99999999,E92000001\nSE6 4R,,E09000023,E99999999,E92000001\n", "Broken"));

        Assert.Equal("Line 3: 'SE6 4R' is not a postcode. Nothing was imported.", error.Message);
        Assert.Equal(["SE155AA"], (await FindAsync("SE155AA", "SE64RU")).Keys);
        Assert.Equal("Before", (await LatestImportAsync()).Release);
    }

    [Fact]
    public async Task Command_ImportsTheFile_AndRefusesAMissingOne()
    {
        var path = SharedRouting.Path("codepoint-ec-e1-wc.nspl.csv");

        Assert.Equal(0, await PostcodesCommand.RunAsync(portal.Services, ["postcodes", "import", path, "--release", "Code-Point EC E1 WC"]));
        Assert.Equal(1, await PostcodesCommand.RunAsync(portal.Services, ["postcodes", "import", path + ".missing", "--release", "Nothing"]));
        Assert.Equal(2, await PostcodesCommand.RunAsync(portal.Services, ["postcodes", "import", path]));

        var latest = await LatestImportAsync();
        Assert.Equal(("Code-Point EC E1 WC", 8_084), (latest.Release, latest.Rows));
    }

    /// <summary>Lookup order (routing.md §4.2): an imported postcode wins over the sector table, in the API's decisions too.</summary>
    [Fact]
    public async Task AfterImport_TheRouteApiUsesTheImportedCouncil()
    {
        var request = JsonNode.Parse("""
            { "immediateDanger": "no", "canWaitUntilNextWorkingDay": "yes", "reporter": { "role": "public" },
              "people": [ { "ageYears": 10, "home": { "status": "postcode", "postcode": "EC1M 6BQ" }, "presentLocation": "atHome", "categories": ["neglect"] } ],
              "otherChildrenInHousehold": "no" }
            """);
        var client = portal.CreateBrowserlessClient();
        await ImportAsync($"{NsplHeader}\nEC1M 6ZZ,,E09000019,E99999999,E92000001\n", "before");
        var straddle = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/concerns/route", request)).Content.ReadAsStringAsync())!;

        await ImportAsync($"{NsplHeader}\nEC1M 6BQ,,E09000019,E99999999,E92000001\n", "with EC1M 6BQ");
        var imported = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/concerns/route", request)).Content.ReadAsStringAsync())!;

        Assert.NotEmpty(straddle["needsAuthorityChoice"]!.AsArray());
        Assert.Empty(imported["needsAuthorityChoice"]!.AsArray());
        Assert.Contains(imported["destinations"]!.AsArray(), d => (string?)d!["authorityCode"] == "E09000019" && (string?)d["action"] == "signpost");
    }
}
