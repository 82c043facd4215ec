using System.Text.Json;
using SafeguardingPortal.Features.Concerns;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Every public routing scenario through the pure function (routing.md §12).</summary>
public class ScenarioTests
{
    public static TheoryData<string> Ids => [.. Scenario.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Scenario_ThroughThePureFunction_GivesTheExpectedDecision(string id)
    {
        var scenario = Scenario.All.Single(s => s.Id == id);
        var errors = new RequestErrors();
        using var json = JsonDocument.Parse(scenario.Request.ToJsonString());

        var (request, submittedAt) = new RoutingRequestReader(TestRouting.Data).Read(json.RootElement, Requests.Tuesday, errors);

        if (scenario.ExpectStatus == 400)
        {
            Assert.True(errors.Has(scenario.ExpectErrorField!), $"{id}: expected an error on {scenario.ExpectErrorField}, got {string.Join(", ", errors.ToDictionary().Keys)}");
            return;
        }

        Assert.False(errors.Any, $"{id}: unexpected errors {JsonSerializer.Serialize(errors.ToDictionary())}");
        var decision = Router.Decide(request!, submittedAt!.Value, TestRouting.Data);
        var node = JsonSerializer.SerializeToNode(decision, ConcernsJson.Options)!.AsObject();
        Assert.Empty(scenario.Differences(node));
    }

    [Fact]
    public void ScenarioFile_IsTheOneInShared()
    {
        var shared = RepositoryRoot.Combine("..", "shared", "routing", "scenarios.json");
        if (!File.Exists(shared))
        {
            return; // A checkout without ../shared runs on its own copy.
        }

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Scenario.File)));
    }

    [Fact]
    public void ScenarioFile_HasAllFortyTwo() => Assert.Equal(42, Scenario.All.Count);
}
