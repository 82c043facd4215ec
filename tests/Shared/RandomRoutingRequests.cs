using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Testing;

/// <summary>Random valid routing requests over the fixture postcodes and the configured sites (seeded, so repeatable).</summary>
public static class RandomRoutingRequests
{
    private static readonly string[] Postcodes = ["EC2V7HH", "EC3V3LA", "SW1A1AA", "N78JL", "SE155AA", "BR87RE", "CF101EP", "EC1M6BQ", "EC2A4NE", "ZE99ZZ"];
    private static readonly string[] Sites = ["hampstead-heath", "epping-forest", "freemens-school", "west-ham-park"];

    public static IEnumerable<(RoutingRequest Request, DateTimeOffset At)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        T PickEnum<T>()
            where T : struct, Enum => Pick(Enum.GetValues<T>());

        for (var n = 0; n < count; n++)
        {
            var people = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var age = random.Next(-2, 90); // -1: unborn, -2: age unknown
                var status = PickEnum<HomeStatus>();
                var present = PickEnum<PresentLocation>();
                var categories = Enumerable.Range(0, random.Next(1, 4)).Select(_ => PickEnum<Category>()).Where(c => c != Category.NotSure).ToHashSet();
                return new Person(
                    new Home(status, status == HomeStatus.Postcode ? Pick(Postcodes) : null),
                    present,
                    categories.Count == 0 ? [Category.NotSure] : categories,
                    AgeYears: age >= 0 ? age : null,
                    AgeUnknown: age < 0 && age % 2 == 0,
                    Unborn: age < 0 && age % 2 != 0,
                    CorporationSite: present == PresentLocation.CorporationSite ? Pick(Sites) : null,
                    CareAndSupportNeeds: PickEnum<YesNoDontKnow>(),
                    CanProtectThemselves: PickEnum<YesNoDontKnow>(),
                    CareLeaver: PickEnum<YesNoDontKnow>(),
                    FgmKnownCase: random.Next(2) == 0);
            }).ToList();
            var role = PickEnum<ReporterRole>();
            if (role == ReporterRole.Self && people[0].Unborn)
            {
                people[0] = people[0] with { Unborn = false, AgeUnknown = true }; // someone reporting about themselves comes first
            }

            var danger = PickEnum<Answer>();
            var request = new RoutingRequest(
                danger,
                danger == Answer.Yes ? null : PickEnum<Answer>(),
                new Reporter(role, role == ReporterRole.CorporationStaff ? "open-spaces" : null, PickEnum<RegulatedProfession>(),
                    role is ReporterRole.Public or ReporterRole.Self && random.Next(2) == 0, random.Next(2) == 0),
                people,
                random.Next(4) == 0 ? null : new Harmer(PickEnum<HarmerAnswer>(), PickEnum<HarmerAnswer>(), random.Next(2) == 0 ? Pick(Postcodes) : null,
                    null, PickEnum<YesNoDontKnow>(), PickEnum<YesNoDontKnow>()),
                PickEnum<YesNoDontKnow>());
            yield return (request, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 2 * 365 * 24 * 60)));
        }
    }
}
