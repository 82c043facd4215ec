using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Routing data from the repository's reference files.</summary>
public static class TestRouting
{
    public static readonly RoutingData Data = Create();

    private static RoutingData Create()
    {
        var reference = new ReferenceData();
        ReferenceDataLoader.LoadInto(reference, RepositoryRoot.Combine("content", "reference"));
        var hours = reference.Contacts.OfficeHours;
        var calendar = new WorkingCalendar(hours.OpensAt, hours.ClosesAt, TimeOnly.Parse(hours.ClosingHourStarts, System.Globalization.CultureInfo.InvariantCulture),
            reference.BankHolidays.Years.Values.SelectMany(d => d).ToHashSet());
        return new RoutingData(
            FixturePostcodes.Register,
            FixturePostcodes.Lookup,
            reference.Sites.Sites.ToDictionary(s => s.Slug, s => s.HostAuthority),
            reference.Departments.Departments.Select(d => d.Slug).ToHashSet(),
            calendar,
            reference.Version);
    }
}

/// <summary>The fixture postcodes of routing.md §4.2 — what the built-in data gives for them.</summary>
public static class FixturePostcodes
{
    public static readonly AuthorityRegister Register = new(
    [
        new("E09000001", "City of London", AuthorityKind.LondonBorough),
        new("E09000033", "Westminster", AuthorityKind.LondonBorough),
        new("E09000019", "Islington", AuthorityKind.LondonBorough),
        new("E09000012", "Hackney", AuthorityKind.LondonBorough),
        new("E09000007", "Camden", AuthorityKind.LondonBorough),
        new("E09000030", "Tower Hamlets", AuthorityKind.LondonBorough),
        new("E09000028", "Southwark", AuthorityKind.LondonBorough),
        new("E09000023", "Lewisham", AuthorityKind.LondonBorough),
        new("E09000008", "Croydon", AuthorityKind.LondonBorough),
        new("E09000014", "Haringey", AuthorityKind.LondonBorough),
        new("E09000005", "Brent", AuthorityKind.LondonBorough),
        new("E09000025", "Newham", AuthorityKind.LondonBorough),
        new("E10000016", "Kent", AuthorityKind.County),
        new("E07000111", "Sevenoaks", AuthorityKind.ShireDistrict, "E10000016"),
        new("E10000012", "Essex", AuthorityKind.County),
        new("E07000072", "Epping Forest", AuthorityKind.ShireDistrict, "E10000012"),
        new("E10000030", "Surrey", AuthorityKind.County),
        new("E06000060", "Buckinghamshire", AuthorityKind.Unitary),
        new("W06000015", "Cardiff", AuthorityKind.Wales),
    ]);

    private static readonly Dictionary<string, PostcodeLookup> Table = new()
    {
        ["EC2V7HH"] = Single("E09000001"),
        ["EC2N2DB"] = Single("E09000001"),
        ["EC2R8AH"] = Single("E09000001"),
        ["EC3V3LA"] = Single("E09000001"),
        ["EC4N8AD"] = Single("E09000001"),
        ["EC4M7AN"] = Single("E09000001"),
        ["EC2Y8DS"] = Single("E09000001"),
        ["SW1A1AA"] = BestFit("E09000033"),
        ["W1D3QF"] = Single("E09000033"),
        ["N19GU"] = BestFit("E09000019"),
        ["N78JL"] = Single("E09000019"),
        ["E81EJ"] = BestFit("E09000012"),
        ["N160LH"] = Single("E09000012"),
        ["NW12DB"] = Single("E09000007"),
        ["NW31TH"] = Single("E09000007"),
        ["E145AB"] = Single("E09000030"),
        ["E27DG"] = BestFit("E09000030"),
        ["SE155AA"] = Single("E09000028"),
        ["SE64RU"] = Single("E09000023"),
        ["CR01NX"] = Single("E09000008"),
        ["BR87RE"] = BestFit("E10000016"),
        ["CM164BZ"] = Single("E10000012"),
        ["CF101EP"] = Single("W06000015"),
        ["EC1M6BQ"] = new(PostcodeMatch.Straddle, ["E09000001", "E09000019"]),
        ["EC2A4NE"] = new(PostcodeMatch.Straddle, ["E09000012", "E09000019"]),
    };

    public static PostcodeLookup Lookup(string normalised) => Table.GetValueOrDefault(normalised, PostcodeLookup.Unknown);

    private static PostcodeLookup Single(string code) => new(PostcodeMatch.Single, [code]);

    private static PostcodeLookup BestFit(string code) => new(PostcodeMatch.BestFit, [code]);
}
