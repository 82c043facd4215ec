using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Properties that hold for every valid request, checked on 5,000 random ones (seeded, so repeatable).</summary>
public class RouterPropertyTests
{
    [Fact]
    public void EveryRandomRequest_SatisfiesTheDecisionsInvariants()
    {
        foreach (var (request, at) in RandomRoutingRequests.Generate(5_000, 20261122))
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
