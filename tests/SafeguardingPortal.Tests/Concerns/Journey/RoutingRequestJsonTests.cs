using System.Text.Json;
using SafeguardingPortal.Features.Concerns;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns.Journey;

/// <summary>The journey's answers become the API's request: the same report gets the same decision either way.</summary>
public sealed class RoutingRequestJsonTests
{
    public static TheoryData<string> ValidScenarios => [.. Scenario.All.Where(s => s.ExpectStatus is null).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void TheJourneysRequest_GetsTheApisDecision(string id)
    {
        var scenario = Scenario.All.Single(s => s.Id == id);
        var now = DateTimeOffset.Parse((string?)scenario.Request["submittedAt"] ?? "2026-11-18T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var api = Decide(scenario.Request.ToJsonString(), now);

        var journey = Decide(RoutingRequestJson.From(JourneyAnswers.From(scenario.Request)).ToJsonString(), now);

        Assert.Equal(JsonSerializer.Serialize(api, ConcernsJson.Options), JsonSerializer.Serialize(journey, ConcernsJson.Options));
    }

    [Fact]
    public void ANotKnownCouncil_RoutesAsHomeUnknown()
    {
        var answers = JourneyAnswers.From(Scenario.All.Single(s => s.Id == "S21").Request);
        answers.People[0].Council = "dontKnow";

        var person = RoutingRequestJson.From(answers)["people"]![0]!["home"]!;

        Assert.Equal("dontKnow", (string?)person["status"]);
        Assert.Null(person["authorityCode"]);
    }

    private static RoutingDecision Decide(string json, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new RequestErrors();
        var (request, _) = new RoutingRequestReader(TestRouting.Data).Read(document.RootElement, now, errors);
        Assert.False(errors.Any, string.Join(", ", errors.ToDictionary().Keys));
        return Router.Decide(request!, now, TestRouting.Data);
    }
}
