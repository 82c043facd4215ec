using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Concerns;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary><c>POST /api/v1/concerns/route</c> (routing.md §11): the scenarios, the same answers as the pure function, and bad input.</summary>
[Collection(SharedPortal.Name)]
public class RouteApiTests(PortalFactory portal)
{
    private const string Url = "/api/v1/concerns/route";
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    public static TheoryData<string> Ids => [.. Scenario.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Scenario_ThroughTheApi_GivesTheExpectedDecision_AndTheSameAsThePureFunction(string id)
    {
        var scenario = Scenario.All.Single(s => s.Id == id);

        using var response = await client.PostAsJsonAsync(Url, scenario.Request);

        if (scenario.ExpectStatus == 400)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.NotNull(problem["errors"]![scenario.ExpectErrorField!]);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Empty(scenario.Differences(decision));
        Assert.True(JsonNode.DeepEquals(await PureDecisionAsync(scenario.Request), decision), $"{id}: the API and the pure function disagree");
    }

    /// <summary>Random valid requests: the API's answer is exactly the pure function's.</summary>
    [Fact]
    public async Task RandomRequests_TheApiEqualsThePureFunction()
    {
        foreach (var (request, at) in RandomRoutingRequests.Generate(200, seed: 7))
        {
            var body = JsonSerializer.SerializeToNode(request, ConcernsJson.Options)!.AsObject();
            body["submittedAt"] = at.ToString("O");

            using var response = await client.PostAsJsonAsync(Url, body);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{await response.Content.ReadAsStringAsync()} for {body.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(await PureDecisionAsync(body), JsonNode.Parse(await response.Content.ReadAsStringAsync())));
        }
    }

    [Fact]
    public async Task InvalidRequest_Is400WithEveryErrorKeyedByFieldPath()
    {
        var body = JsonNode.Parse("""
            {
              "immediateDanger": "maybe",
              "reporter": { "role": "professional", "anonymous": true },
              "people": [ { "dateOfBirth": "2015-02-30", "home": { "status": "postcode", "postcode": "NOT A POSTCODE" },
                            "presentLocation": "inCity", "categories": ["notSure", "neglect"] } ],
              "harmer": { "worksWithChildren": 3 },
              "otherChildrenInHousehold": "yes"
            }
            """)!;

        using var response = await client.PostAsJsonAsync(Url, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            ["canWaitUntilNextWorkingDay", "harmer.worksWithChildren", "immediateDanger", "people[0].categories", "people[0].dateOfBirth", "people[0].home.postcode", "reporter.anonymous"],
            errors.Select(e => e.Key).Order());
        Assert.Equal("Staff and professionals cannot report anonymously", (string?)errors["reporter.anonymous"]![0]);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    public async Task MalformedBody_Is400NotAServerError(string text)
    {
        using var response = await client.PostAsync(Url, new StringContent(text, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FormPost_IsRefusedAsUnsupported()
    {
        using var response = await client.PostAsync(Url, new FormUrlEncodedContent([new("immediateDanger", "no")]));

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheRouteEndpoint()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.NotNull(document["paths"]![Url]!["post"]);
    }

    private async Task<JsonNode> PureDecisionAsync(JsonObject body)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        using var document = JsonDocument.Parse(body.ToJsonString());
        var data = scope.ServiceProvider.GetRequiredService<RoutingDataProvider>().Get();
        var errors = new RequestErrors();
        var (request, submittedAt) = new RoutingRequestReader(data).Read(document.RootElement, portal.Time.GetUtcNow(), errors);
        Assert.False(errors.Any);
        return JsonSerializer.SerializeToNode(Router.Decide(request!, submittedAt ?? portal.Time.GetUtcNow(), data), ConcernsJson.Options)!;
    }
}

/// <summary>The API's per-client limit: 429 with Retry-After once it is used up.</summary>
public class RouteApiRateLimitTests
{
    [Fact]
    public async Task OverTheLimit_Is429WithRetryAfter()
    {
        using var portal = new PortalFactory();
        portal.Settings["RateLimits:ApiPermitLimit"] = "3";
        var client = portal.CreateBrowserlessClient();
        var request = Scenario.All[1].Request;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/concerns/route", request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
