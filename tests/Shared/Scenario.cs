using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>One entry of the routing scenario file (routing.md §12) and the way §12 says to check it.</summary>
public sealed record Scenario(string Id, string Title, JsonObject Request, JsonObject Expect)
{
    public const string File = "TestData/routing/scenarios.json";

    private static readonly string[] OptionalKeys = ["emergencyAdvice", "officeHours", "nextWorkingDay"];
    private static readonly string[] RejectionKeys = ["expectStatus", "expectErrorField"];

    public static IReadOnlyList<Scenario> All { get; } = Load();

    public int? ExpectStatus => (int?)Expect["expectStatus"] ?? null;

    public string? ExpectErrorField => (string?)Expect["expectErrorField"];

    public override string ToString() => $"{Id} {Title}";

    /// <summary>Every difference between the decision and the expectation; empty when the scenario passes.</summary>
    public IReadOnlyList<string> Differences(JsonObject decision)
    {
        var problems = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add($"{Id}: {what} (decision: {decision.ToJsonString()})");
            }
        }

        var destinations = decision["destinations"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Check((string?)decision["urgency"] == (string?)Expect["urgency"], $"urgency should be {Expect["urgency"]}");
        Check(Set(decision["duties"]).SetEquals(Set(Expect["duties"])), "duties differ");
        Check((decision["needsAuthorityChoice"]!.AsArray().Count > 0) == (bool)Expect["needsAuthorityChoice"]!, $"needsAuthorityChoice should be {Expect["needsAuthorityChoice"]}");
        Check(destinations.Any(d => (string?)d["team"] == "police101" && d["authorityCode"] is null && (string?)d["action"] == "signpost") == (bool)Expect["police101"]!, $"police101 should be {Expect["police101"]}");

        var compared = destinations
            .Where(d => (string?)d["action"] != "signpost" || d["authorityCode"] is not null)
            .Select(Key).Order().ToList();
        var expected = Expect["destinations"]!.AsArray().Select(d => Key(d!.AsObject())).Order().ToList();
        Check(compared.SequenceEqual(expected), $"destinations should be [{string.Join(", ", expected)}] not [{string.Join(", ", compared)}]");

        Check(Set(Expect["signpostsInclude"]).IsSubsetOf(Set(decision["signposts"])), $"signposts should include {Expect["signpostsInclude"]!.ToJsonString()}");
        foreach (var key in OptionalKeys.Where(Expect.ContainsKey))
        {
            Check(JsonNode.DeepEquals(decision[key], Expect[key]), $"{key} should be {Expect[key]}");
        }

        if (Expect.ContainsKey("rulesInclude"))
        {
            Check(Set(Expect["rulesInclude"]).IsSubsetOf(Set(decision["rules"])), $"rules should include {Expect["rulesInclude"]!.ToJsonString()}");
        }

        return problems;
    }

    private static string Key(JsonObject d) => $"{d["team"]}/{d["authorityCode"]}/{d["action"]}";

    private static HashSet<string> Set(JsonNode? array) => [.. array!.AsArray().Select(x => (string)x!)];

    private static List<Scenario> Load()
    {
        var items = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, File)))!.AsArray();
        return [.. items.Select(item => item!.AsObject()).Select(s => new Scenario((string)s["id"]!, (string)s["title"]!, s["request"]!.AsObject(), Merge(s)))];
    }

    // expectStatus and expectErrorField sit at the top level and inside "expect"; read either.
    private static JsonObject Merge(JsonObject scenario)
    {
        var expect = scenario["expect"]!.AsObject().DeepClone().AsObject();
        foreach (var key in RejectionKeys.Where(k => scenario.ContainsKey(k) && !expect.ContainsKey(k)))
        {
            expect[key] = scenario[key]!.DeepClone();
        }

        return expect;
    }
}
