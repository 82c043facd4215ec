using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

public sealed class AuthorityRegisterTests : IDisposable
{
    private static readonly string ReferenceFolder = RepositoryRoot.Combine("content", "reference");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("nts-authorities-");

    public void Dispose() => folder.Delete(recursive: true);

    private static AuthorityRegister Register() => new(AuthorityRegisterLoader.Load(ReferenceFolder).Authorities);

    [Fact]
    public void Load_RepositoryFile_IsVersionedAndHasEveryCodeOfTheSectorCountsAndTheirCounties()
    {
        var (authorities, stamp) = AuthorityRegisterLoader.Load(ReferenceFolder);
        var counts = SectorCounts.Read(SharedRouting.Path("postcode-sectors-gb.json"));
        var codes = counts.Sectors.Values.SelectMany(s => s.Keys).Concat(counts.Counties.Values).Append(Authority.NorthernIreland).ToHashSet();

        Assert.True(stamp.IsComplete);
        Assert.Equal(372, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), authorities.Select(a => a.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("E09000001", "City of London", AuthorityKind.LondonBorough)]
    [InlineData("E09000033", "Westminster", AuthorityKind.LondonBorough)]
    [InlineData("E09000019", "Islington", AuthorityKind.LondonBorough)]
    [InlineData("E07000111", "Sevenoaks", AuthorityKind.ShireDistrict)]
    [InlineData("E07000072", "Epping Forest", AuthorityKind.ShireDistrict)]
    [InlineData("E10000016", "Kent", AuthorityKind.County)]
    [InlineData("E10000012", "Essex", AuthorityKind.County)]
    [InlineData("E10000030", "Surrey", AuthorityKind.County)]
    [InlineData("E06000060", "Buckinghamshire", AuthorityKind.Unitary)]
    [InlineData("E06000023", "Bristol, City of", AuthorityKind.Unitary)]
    [InlineData("E08000038", "Barnsley", AuthorityKind.MetropolitanDistrict)]
    [InlineData("W06000015", "Cardiff", AuthorityKind.Wales)]
    [InlineData("S12000036", "City of Edinburgh", AuthorityKind.Scotland)]
    [InlineData("N92000002", "Northern Ireland", AuthorityKind.NorthernIreland)]
    public void Find_NamesTheCouncilAsOnsDoes(string code, string name, AuthorityKind kind)
    {
        var authority = Register().Find(code);

        Assert.NotNull(authority);
        Assert.Equal(name, authority.Name);
        Assert.Equal(kind, authority.Kind);
    }

    [Fact]
    public void SocialCareCode_ShireDistrictIsItsCounty_OthersThemselves()
    {
        var register = Register();

        Assert.Equal("E10000016", register.SocialCareCode("E07000111"));
        Assert.Equal("E10000012", register.SocialCareCode("E07000072"));
        Assert.Equal("E10000016", register.SocialCareCode("E10000016"));
        Assert.Equal(Authority.City, register.SocialCareCode(Authority.City));
        Assert.Equal("W06000015", register.SocialCareCode("W06000015"));
        Assert.Null(register.SocialCareCode("E99999999"));
        Assert.True(register.Find("W06000015")!.IsOutsideEngland);
        Assert.False(register.Find(Authority.City)!.IsOutsideEngland);
    }

    [Fact]
    public void Load_Districts_HaveTheCountiesOfTheSectorCounts()
    {
        var counties = SectorCounts.Read(SharedRouting.Path("postcode-sectors-gb.json")).Counties;
        var districts = AuthorityRegisterLoader.Load(ReferenceFolder).Authorities.Where(a => a.Kind == AuthorityKind.ShireDistrict).ToList();

        Assert.Equal(counties.Count, districts.Count);
        Assert.All(districts, d => Assert.Equal(counties[d.Code], d.County));
    }

    [Theory]
    [InlineData("code,name,kind,county\nE07000111,Sevenoaks,district,E10000016\n")]
    [InlineData("code,name,kind,county\nE07000111,Sevenoaks,4,E10000016\n")]
    [InlineData("code,name,kind,county\nE07000111,Sevenoaks,shireDistrict\n")]
    [InlineData("code,name,type,county\nE07000111,Sevenoaks,shireDistrict,E10000016\n")]
    [InlineData("# version: 1\n")]
    public void Load_RowThatDoesNotParse_IsRefused(string text)
    {
        File.WriteAllText(Path.Combine(folder.FullName, AuthorityRegisterLoader.FileName), text);

        Assert.Throws<InvalidDataException>(() => AuthorityRegisterLoader.Load(folder.FullName));
    }
}
