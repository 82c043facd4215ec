using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

public class PostcodeDirectoryTests
{
    private static readonly Lazy<PostcodeData> BuiltIn = new(() => Load());

    private static PostcodeData Load()
    {
        var data = new PostcodeData();
        PostcodeDataLoader.LoadInto(data, RepositoryRoot.Combine("content", "reference"));
        return data;
    }

    private static PostcodeLookup Lookup(PostcodeDirectory directory, string postcode, string? imported = null)
    {
        Assert.True(Postcode.TryNormalise(postcode, out var normalised));
        return directory.Lookup(normalised, imported);
    }

    /// <summary>The fixture table of routing.md §4.2: what the built-in data (no import) gives, one row per postcode.</summary>
    [Theory]
    [InlineData("EC2V 7HH", "single", "E09000001")]
    [InlineData("EC2N 2DB", "single", "E09000001")]
    [InlineData("EC2R 8AH", "single", "E09000001")]
    [InlineData("EC3V 3LA", "single", "E09000001")]
    [InlineData("EC4N 8AD", "single", "E09000001")]
    [InlineData("EC4M 7AN", "single", "E09000001")]
    [InlineData("EC2Y 8DS", "single", "E09000001")]
    [InlineData("SW1A 1AA", "bestFit", "E09000033")]
    [InlineData("W1D 3QF", "single", "E09000033")]
    [InlineData("N1 9GU", "bestFit", "E09000019")]
    [InlineData("N7 8JL", "single", "E09000019")]
    [InlineData("E8 1EJ", "bestFit", "E09000012")]
    [InlineData("N16 0LH", "single", "E09000012")]
    [InlineData("NW1 2DB", "single", "E09000007")]
    [InlineData("NW3 1TH", "single", "E09000007")]
    [InlineData("E14 5AB", "single", "E09000030")]
    [InlineData("E2 7DG", "bestFit", "E09000030")]
    [InlineData("SE15 5AA", "single", "E09000028")]
    [InlineData("SE6 4RU", "single", "E09000023")]
    [InlineData("CR0 1NX", "single", "E09000008")]
    [InlineData("BR8 7RE", "bestFit", "E10000016")]
    [InlineData("CM16 4BZ", "single", "E10000012")]
    [InlineData("CF10 1EP", "single", "W06000015")]
    [InlineData("EC1M 6BQ", "straddle", "E09000001 E09000019")]
    [InlineData("EC2A 4NE", "straddle", "E09000012 E09000019")]
    public void Lookup_FixturePostcode_GivesTheSpecsResult(string postcode, string match, string candidates)
    {
        var lookup = Lookup(new PostcodeDirectory(BuiltIn.Value), postcode);

        Assert.Equal(match, CamelCaseNames.Name(lookup.Match));
        Assert.Equal(candidates.Split(' '), lookup.Candidates);
    }

    [Fact]
    public void Lookup_BestFitOutsideTheCity_NamesTheDistrictsCounty()
    {
        var directory = new PostcodeDirectory(BuiltIn.Value);

        Assert.Equal("E10000016", Lookup(directory, "BR8 7RE").Authority);
        Assert.Equal("E10000016", directory.Authorities.SocialCareCode("E07000111"));
        Assert.Equal("Kent", directory.Authorities.Find(Lookup(directory, "BR8 7RE").Authority)!.Name);
    }

    [Fact]
    public void Lookup_NorthernIreland_IsOneAuthorityOutsideEngland()
    {
        var directory = new PostcodeDirectory(BuiltIn.Value);

        var lookup = Lookup(directory, "BT1 1AA");

        Assert.Equal(PostcodeMatch.Single, lookup.Match);
        Assert.Equal(Authority.NorthernIreland, lookup.Authority);
        Assert.True(directory.Authorities.Find(lookup.Authority)!.IsOutsideEngland);
    }

    [Fact]
    public void Lookup_WellFormedButInNoTable_IsUnknown() =>
        Assert.Equal(PostcodeLookup.Unknown, Lookup(new PostcodeDirectory(BuiltIn.Value), "XY1 1AA"));

    [Fact]
    public void Lookup_Order_ImportedThenUnitEntryThenSector()
    {
        var data = Load();
        data.Units["EC1M6BQ"] = "E09000019";
        data.Units["EC1M6BR"] = "E07000072";
        var directory = new PostcodeDirectory(data);

        Assert.Equal(["E09000019"], Lookup(directory, "EC1M 6BQ").Candidates);
        Assert.Equal(["E10000012"], Lookup(directory, "EC1M 6BR").Candidates);
        Assert.Equal(PostcodeMatch.Straddle, Lookup(directory, "EC1M 6BP").Match);
        Assert.Equal(["E09000001"], Lookup(directory, "EC1M 6BQ", imported: "E09000001").Candidates);
        Assert.Equal(["E10000016"], Lookup(directory, "EC1M 6BP", imported: "E07000111").Candidates);
        Assert.Equal(PostcodeMatch.Single, Lookup(directory, "EC1M 6BP", imported: "E09000019").Match);
    }

    [Fact]
    public void Lookup_ImportedCodeOutsideTheRegister_FallsThroughToTheBuiltInData()
    {
        var directory = new PostcodeDirectory(BuiltIn.Value);

        Assert.Equal(PostcodeMatch.Straddle, Lookup(directory, "EC1M 6BQ", imported: "L99999999").Match);
        Assert.Equal(PostcodeMatch.Single, Lookup(directory, "EC2V 7HH", imported: "").Match);
    }

    [Fact]
    public void Version_NamesEachFilesVersion() =>
        Assert.Matches("^authorities .+; postcode-sectors .+; postcode-units .+$", new PostcodeDirectory(BuiltIn.Value).Version);
}
