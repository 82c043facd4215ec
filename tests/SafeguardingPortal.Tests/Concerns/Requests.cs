using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Test data builders for routing requests: a City child by default, changed with <c>with</c>.</summary>
public static class Requests
{
    /// <summary>Tuesday 10 March 2026, 10:30 in London (GMT): office hours.</summary>
    public static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 10, 30, 0, TimeSpan.Zero);

    public static Person Child(int age = 7, params Category[] categories) => new(
        new Home(HomeStatus.Postcode, "EC2V7HH"), PresentLocation.AtHome, Set(categories.Length == 0 ? [Category.Neglect] : categories), AgeYears: age);

    public static Person Adult(int age = 40, YesNoDontKnow needs = YesNoDontKnow.Yes, YesNoDontKnow protect = YesNoDontKnow.No, params Category[] categories) =>
        Child(age, categories.Length == 0 ? [Category.Financial] : categories) with { CareAndSupportNeeds = needs, CanProtectThemselves = protect };

    public static RoutingRequest About(params Person[] people) => new(
        Answer.No, Answer.Yes, new Reporter(ReporterRole.Public), people, new Harmer(HarmerAnswer.No, HarmerAnswer.No, Under18: YesNoDontKnow.No), YesNoDontKnow.No);

    public static Person LivingAt(this Person person, string postcode, string? chosen = null) =>
        person with { Home = new Home(HomeStatus.Postcode, postcode, chosen) };

    public static HashSet<Category> Set(params Category[] categories) => [.. categories];

    public static RoutingDecision Decide(this RoutingRequest request, DateTimeOffset? at = null) =>
        Router.Decide(request, at ?? Tuesday, TestRouting.Data);

    public static IEnumerable<(Team Team, string? Authority, RoutingAction Action)> Routes(this RoutingDecision decision) =>
        decision.Destinations.Select(d => (d.Team, d.AuthorityCode, d.Action));
}
