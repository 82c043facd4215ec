using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Properties that hold for every valid request, checked on 5,000 random ones (seeded, so repeatable).</summary>
public class RouterPropertyTests
{
    private static readonly string[] Postcodes = ["EC2V7HH", "EC3V3LA", "SW1A1AA", "N78JL", "SE155AA", "BR87RE", "CF101EP", "EC1M6BQ", "EC2A4NE", "ZZ99ZZ"];
    private static readonly string[] Sites = ["hampstead-heath", "epping-forest", "freemens-school", "west-ham-park"];

    public static IEnumerable<(RoutingRequest Request, DateTimeOffset At)> RandomRequests(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        T PickEnum<T>()
            where T : struct, Enum => Pick(Enum.GetValues<T>());

        for (var n = 0; n < count; n++)
        {
            var people = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var age = random.Next(-1, 90);
                var status = PickEnum<HomeStatus>();
                var present = PickEnum<PresentLocation>();
                var categories = Enumerable.Range(0, random.Next(1, 4)).Select(_ => PickEnum<Category>()).Where(c => c != Category.NotSure).ToHashSet();
                return new Person(
                    new Home(status, status == HomeStatus.Postcode ? Pick(Postcodes) : null),
                    present,
                    categories.Count == 0 ? [Category.NotSure] : categories,
                    AgeYears: age >= 0 ? age : null,
                    AgeUnknown: age < 0 && random.Next(2) == 0,
                    Unborn: age < 0 && random.Next(2) == 1,
                    CorporationSite: present == PresentLocation.CorporationSite ? Pick(Sites) : null,
                    CareAndSupportNeeds: PickEnum<YesNoDontKnow>(),
                    CanProtectThemselves: PickEnum<YesNoDontKnow>(),
                    CareLeaver: PickEnum<YesNoDontKnow>(),
                    FgmKnownCase: random.Next(2) == 0);
            }).ToList();
            var role = PickEnum<ReporterRole>();
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

    [Fact]
    public void EveryRandomRequest_SatisfiesTheDecisionsInvariants()
    {
        foreach (var (request, at) in RandomRequests(5_000, 20261122))
        {
            var decision = Router.Decide(request, at, TestRouting.Data);

            // P0 if and only if someone is in immediate danger.
            Assert.Equal(request.ImmediateDanger == Answer.Yes, decision.Urgency == Urgency.P0);

            // Arrays are never null, destinations are unique and point at listed people.
            Assert.NotNull(decision.Destinations);
            Assert.NotNull(decision.Signposts);
            Assert.NotNull(decision.Duties);
            Assert.NotNull(decision.Rules);
            Assert.NotNull(decision.NeedsAuthorityChoice);
            Assert.Equal(decision.Destinations.Count, decision.Destinations.Distinct().Count());
            Assert.All(decision.Destinations, d => Assert.True(d.PersonIndex is null || d.PersonIndex < request.People.Count));

            // Only police 101 has no authority; every City recipient uses the City's code.
            Assert.All(decision.Destinations, d => Assert.Equal(d.Team == Team.Police101, d.AuthorityCode is null));

            // No wrong door: each person reaches a team, a council or the police.
            for (var i = 0; i < request.People.Count; i++)
            {
                var index = i;
                Assert.True(
                    decision.Destinations.Any(d => d.PersonIndex == index) || decision.Destinations.Any(d => d.Team == Team.Police101),
                    $"person {i} of {request} reached no one");
            }

            // Emergency advice whenever someone is, or may be, in danger now.
            if (request.ImmediateDanger is Answer.Yes or Answer.NotSure)
            {
                Assert.True(decision.EmergencyAdvice);
            }

            // The same input gives the same decision.
            var again = Router.Decide(request, at, TestRouting.Data);
            Assert.Equal(decision.Destinations, again.Destinations);
            Assert.Equal(decision.Rules, again.Rules);
        }
    }
}
