using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

public sealed class PostcodeDataValidatorTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("nts-postcodes-");

    public void Dispose() => folder.Delete(recursive: true);

    private static PostcodeData Load()
    {
        var data = new PostcodeData();
        PostcodeDataLoader.LoadInto(data, RepositoryRoot.Combine("content", "reference"));
        return data;
    }

    private static IEnumerable<string> Failures(PostcodeData data) => new PostcodeDataValidator().Validate(null, data).Failures ?? [];

    [Fact]
    public void Validate_RepositoryFiles_AreValid() => Assert.Empty(Failures(Load()));

    [Fact]
    public void Validate_DuplicateCode_Fails()
    {
        var data = Load();
        data.Authorities.Add(new Authority("E09000033", "Westminster again", AuthorityKind.LondonBorough));

        Assert.Contains("authorities.csv: code E09000033 is listed 2 times", Failures(data));
    }

    [Theory]
    [InlineData("E09000099", AuthorityKind.Unitary)]
    [InlineData("E07000099", AuthorityKind.County)]
    [InlineData("W06000099", AuthorityKind.Scotland)]
    [InlineData("X01000001", AuthorityKind.Unitary)]
    [InlineData("E09", AuthorityKind.LondonBorough)]
    public void Validate_KindThatDoesNotMatchTheCodePrefix_Fails(string code, AuthorityKind kind)
    {
        var data = Load();
        data.Authorities.Add(new Authority(code, "Somewhere", kind));

        Assert.Contains(Failures(data), f => f.Contains($"{code} cannot be a", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("E10000099")]
    [InlineData("E09000001")]
    public void Validate_ShireDistrictWithoutACountyOfTheRegister_Fails(string? county)
    {
        var data = Load();
        var index = data.Authorities.FindIndex(a => a.Code == "E07000111");
        data.Authorities[index] = data.Authorities[index] with { County = county };

        Assert.Contains(Failures(data), f => f.StartsWith("authorities.csv: E07000111 Sevenoaks: a shire district names a county", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CountyGivenForAnotherKind_Fails()
    {
        var data = Load();
        var index = data.Authorities.FindIndex(a => a.Code == "E09000033");
        data.Authorities[index] = data.Authorities[index] with { County = "E10000016" };

        Assert.Contains(Failures(data), f => f.StartsWith("authorities.csv: E09000033 Westminster", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PostcodeMatch.Single, "E09000099")]
    [InlineData(PostcodeMatch.Single, "E07000111")]
    [InlineData(PostcodeMatch.BestFit, "E09000033 E09000032")]
    [InlineData(PostcodeMatch.Straddle, "E09000033")]
    public void Validate_SectorThatWouldNameSomethingOutsideTheRegister_Fails(PostcodeMatch match, string candidates)
    {
        var data = Load();
        data.Sectors = new SectorTable(new Dictionary<string, PostcodeLookup>(data.Sectors.Sectors) { ["SW1A 1"] = new(match, candidates.Split(' ')) });

        Assert.Contains(Failures(data), f => f.StartsWith("postcode-sectors.csv: sector 'SW1A 1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnitEntryOfAnUnknownCouncil_Fails()
    {
        var data = Load();
        data.Units["EC1M6BQ"] = "E09000099";

        Assert.Contains("postcode-units.csv: EC1M 6BQ names 'E09000099', which is not in authorities.csv", Failures(data));
    }

    [Fact]
    public void Validate_FileWithoutItsVersion_Fails()
    {
        var data = Load();
        data.Files[2] = data.Files[2] with { Owner = "" };

        Assert.Contains("postcode-units.csv needs version, owner and lastVerified", Failures(data));
    }

    [Theory]
    [InlineData("EC1M 6BQ,E09000019,Confirmed by Islington\nEC1M6BQ,E09000019,Twice\n")]
    [InlineData("EC1M 6B,E09000019,Not a postcode\n")]
    public void LoadUnits_BadRow_IsRefused(string rows)
    {
        File.WriteAllText(Path.Combine(folder.FullName, UnitEntriesLoader.FileName), "# version: 1\npostcode,authorityCode,note\n" + rows);

        Assert.Throws<InvalidDataException>(() => UnitEntriesLoader.Load(folder.FullName));
    }

    [Fact]
    public void LoadUnits_GoodRows_AreNormalised()
    {
        File.WriteAllText(Path.Combine(folder.FullName, UnitEntriesLoader.FileName), "postcode,authorityCode,note\nec1m 6bq,E09000019,\"Confirmed by Islington, 2026\"\n");

        Assert.Equal("E09000019", UnitEntriesLoader.Load(folder.FullName).Units["EC1M6BQ"]);
    }

    [Fact]
    public void LoadSectors_UnknownMatch_IsRefused()
    {
        File.WriteAllText(Path.Combine(folder.FullName, SectorTableCsv.FileName), "sector,match,candidates\nSW1A 1,probably,E09000033\n");

        Assert.Throws<InvalidDataException>(() => SectorTableCsv.Read(folder.FullName));
    }
}
