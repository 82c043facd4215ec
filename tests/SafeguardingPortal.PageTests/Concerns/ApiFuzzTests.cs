using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary>
/// Bounded fuzzing of both API endpoints: 3,000 bodies made by mutating the scenarios with hostile values, wrong
/// types, missing fields and broken JSON. No 500s, and no payload comes back unescaped.
/// </summary>
[Collection(SharedPortal.Name)]
public class ApiFuzzTests(PortalFactory portal)
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE \"Concerns\"; --",
        "\u0000", "\ud800", "\u202e", new string('x', 70_000), "NaN", "-1", "1e309", "{}", "[]", "null", "true", "E09000001", "EC2V 7HH", "ক্ষ",
    ];

    [Fact]
    public async Task ThousandsOfHostileBodies_NeverCauseAServerErrorOrAnEcho()
    {
        var client = portal.CreateBrowserlessClient();
        var random = new Random(20261122);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < 3_000; i++)
        {
            var url = i % 2 == 0 ? "/api/v1/concerns/route" : "/api/v1/concerns";
            var body = Mutate(Scenario.All[random.Next(Scenario.All.Count)].Request.DeepClone(), random);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");

            using var response = await client.PostAsync(url, content);
            var text = await response.Content.ReadAsStringAsync();

            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body[..Math.Min(body.Length, 500)]}");
            Assert.DoesNotContain("<script>", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        }

        // The run exercised both the accepting and the refusing paths.
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 100);
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) + statuses.GetValueOrDefault(HttpStatusCode.Created) > 100);
    }

    private static string Mutate(JsonNode request, Random random)
    {
        request["description"] = random.Next(3) == 0 ? Payloads[random.Next(Payloads.Length)] : "Something worrying happened next door again.";
        var mutations = random.Next(0, 4);
        for (var m = 0; m < mutations; m++)
        {
            var target = Pick(request, random);
            if (target is JsonObject obj && obj.Count > 0)
            {
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                obj[key] = random.Next(5) switch
                {
                    0 => null,
                    1 => JsonValue.Create(Payloads[random.Next(Payloads.Length)]),
                    2 => JsonValue.Create(random.Next(-5, 200)),
                    3 => new JsonArray(JsonValue.Create(Payloads[random.Next(Payloads.Length)])),
                    _ => new JsonObject { ["x"] = Payloads[random.Next(Payloads.Length)] },
                };
            }
        }

        var json = request.ToJsonString();
        return random.Next(20) == 0 ? json[..random.Next(json.Length)] : json;
    }

    // A random object in the tree: the request, the reporter, a person, a person's home, or the harmer.
    private static JsonNode? Pick(JsonNode request, Random random) => random.Next(5) switch
    {
        0 => request,
        1 => request["reporter"],
        2 => request["people"] is JsonArray { Count: > 0 } people ? people[0] : request,
        3 => request["people"] is JsonArray { Count: > 0 } people && people[0] is JsonObject person ? person["home"] : request,
        _ => request["harmer"],
    };
}
