using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

public class SectorTableTests
{
    private const string Islington = "E09000019";

    private static readonly string ReferenceFolder = RepositoryRoot.Combine("content", "reference");

    private static readonly Lazy<SectorCounts> Counts = new(() => SectorCounts.Read(SharedRouting.Path("postcode-sectors-gb.json")));

    private static readonly Lazy<SectorTable> Shipped = new(() => SectorTableCsv.Read(ReferenceFolder).Table);

    private static SectorTable Resolve(SectorCounts counts) =>
        SectorTable.Resolve(counts.Sectors, counts.Counties, MountPleasantSectors.Read(ReferenceFolder).Sectors);

    [Fact]
    public void Resolve_EverySectorOfTheCodePointCounts_GivesExactlyTheShippedFile()
    {
        var shippedPath = Path.Combine(ReferenceFolder, SectorTableCsv.FileName);
        var shippedComments = File.ReadLines(shippedPath).TakeWhile(l => l.StartsWith('#')).Select(l => l[2..]);
        using var written = new StringWriter { NewLine = "\n" };

        SectorTableCsv.Write(Resolve(Counts.Value), shippedComments, written);

        Assert.Equal(File.ReadAllText(shippedPath), written.ToString());
    }

    [Fact]
    public void ShippedTable_CoversEverySector_WithTheExpectedSplit()
    {
        var sectors = Shipped.Value.Sectors;

        Assert.Equal(10_847, sectors.Count);
        Assert.Equal(9_010, sectors.Values.Count(l => l.Match == PostcodeMatch.Single));
        Assert.Equal(909, sectors.Values.Count(l => l.Match == PostcodeMatch.Straddle));
        Assert.Equal(928, sectors.Values.Count(l => l.Match == PostcodeMatch.BestFit));
    }

    [Fact]
    public void MountPleasantSectors_AreThe26OfTheSpec_AndResolveToTheCity()
    {
        var mountPleasant = MountPleasantSectors.Read(ReferenceFolder).Sectors;

        Assert.Equal(26, mountPleasant.Count);
        Assert.All(mountPleasant, sector =>
        {
            Assert.Equal([Authority.City, Islington], Counts.Value.Sectors[sector].Keys.Order(StringComparer.Ordinal));
            Assert.Equal(PostcodeMatch.Single, Shipped.Value.Sectors[sector].Match);
            Assert.Equal([Authority.City], Shipped.Value.Sectors[sector].Candidates);
        });
    }

    [Fact]
    public void BestFit_NeverAppliesToASectorTouchingTheCity()
    {
        var bestFits = Shipped.Value.Sectors.Where(s => s.Value.Match == PostcodeMatch.BestFit).ToList();

        Assert.NotEmpty(bestFits);
        Assert.All(bestFits, s =>
        {
            Assert.DoesNotContain(Authority.City, Counts.Value.Sectors[s.Key].Keys);
            Assert.NotEqual(Authority.City, s.Value.Candidates.Single());
        });
    }

    [Fact]
    public void Resolve_SectorsTouchingTheCity_StraddleUnlessMountPleasant()
    {
        var touching = Counts.Value.Sectors.Where(s => s.Value.ContainsKey(Authority.City) && s.Value.Count > 1).Select(s => s.Key).ToList();
        var mountPleasant = MountPleasantSectors.Read(ReferenceFolder).Sectors;

        Assert.Equal(46, touching.Count);
        Assert.All(touching.Where(s => !mountPleasant.Contains(s)), s => Assert.Equal(PostcodeMatch.Straddle, Shipped.Value.Sectors[s].Match));
    }

    [Theory]
    [InlineData("E07000111:313 E07000107:4 E09000006:9", "bestFit", "E10000016")]
    [InlineData("E07000111:90 E07000107:10", "single", "E10000016")]
    [InlineData("E07000111:95 E09000006:5", "bestFit", "E10000016")]
    [InlineData("E07000111:94 E09000006:6", "straddle", "E09000006 E10000016")]
    [InlineData("E07000111:60 E07000107:35 E09000006:5", "bestFit", "E10000016")]
    [InlineData("E09000001:99 E09000019:1", "straddle", "E09000001 E09000019")]
    [InlineData("E09000001:1 E09000019:99", "straddle", "E09000001 E09000019")]
    [InlineData("E09000001:40", "single", "E09000001")]
    [InlineData("E09000012:100 E09000019:30", "straddle", "E09000012 E09000019")]
    public void Resolve_AppliesTheRuleAfterMappingDistrictsToTheirCounty(string counts, string match, string candidates)
    {
        var sector = counts.Split(' ').Select(c => c.Split(':')).ToDictionary(c => c[0], c => int.Parse(c[1]));
        var counties = new Dictionary<string, string> { ["E07000111"] = "E10000016", ["E07000107"] = "E10000016" };

        var lookup = SectorTable.Resolve(new Dictionary<string, IReadOnlyDictionary<string, int>> { ["XX1 1"] = sector }, counties, new HashSet<string>()).Sectors["XX1 1"];

        Assert.Equal(match, CamelCaseNames.Name(lookup.Match));
        Assert.Equal(candidates.Split(' '), lookup.Candidates);
    }

    [Fact]
    public void Resolve_MountPleasantSector_IsTheCityEvenWhenIslingtonHoldsMost()
    {
        var sectors = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["EC2P 2"] = new Dictionary<string, int> { [Authority.City] = 1, [Islington] = 64 } };

        var lookup = SectorTable.Resolve(sectors, new Dictionary<string, string>(), new HashSet<string> { "EC2P 2" }).Sectors["EC2P 2"];

        Assert.Equal(PostcodeMatch.Single, lookup.Match);
        Assert.Equal(Authority.City, lookup.Authority);
    }
}
