using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>One request as the fake Umbraco saw it: whether it was within the contract, and its answer.</summary>
public sealed record UmbracoRequest(string Method, string Path, Dictionary<string, string> Query, bool Valid, int Status, string? Error)
{
    public bool IsToken => Path.EndsWith("/security/back-office/token", StringComparison.Ordinal);

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE" && !IsToken;

    public override string ToString() => $"{Method} {Path} → {Status}{(Error is null ? "" : $" ({Error})")}";
}

/// <summary>
/// An Umbraco 17 Management API (tests/Shared/Umbraco/fake-umbraco-management.mjs), run by Node on a loopback port.
/// It validates every request against Umbraco's OpenAPI document in <c>../shared/contracts/umbraco/</c>, issues
/// tokens only for the client credentials it was given, keeps document types and documents in memory, and records
/// every request.
/// </summary>
public sealed class FakeUmbracoManagement : IAsyncDisposable
{
    public const string ClientId = "umbraco-back-office-portal-push";
    public const string ClientSecret = "a-test-client-secret";

    private readonly HttpClient control = new();
    private LoopbackNodeServer server = null!;

    public Uri BaseUrl => server.BaseUrl;

    /// <summary>Everything the fake wrote to stderr (the requests it found invalid and why), for assertion messages.</summary>
    public string Log => server.Log;

    /// <summary>The settings that point the portal's <c>content push</c> at this fake.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Umbraco:ManagementUrl"] = BaseUrl.ToString(),
        ["Umbraco:ClientId"] = ClientId,
        ["Umbraco:ClientSecret"] = ClientSecret,
    };

    public static async Task<FakeUmbracoManagement> StartAsync()
    {
        var fake = new FakeUmbracoManagement();
        fake.server = await LoopbackNodeServer.StartAsync(
            "tests/Shared/Umbraco/fake-umbraco-management.mjs",
            "FAKE_UMBRACO_CONFIG",
            new { contractPath = SharedContracts.Path("umbraco", "management-api-v1.openapi.json"), clientId = ClientId, clientSecret = ClientSecret, exitWithStdin = true });
        return fake;
    }

    /// <summary>Answers the next <paramref name="count"/> API requests with <paramref name="status"/> (a 503 while Umbraco restarts).</summary>
    public async Task FailNextAsync(int status, int count = 1) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/fail"), new { status, count })).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<UmbracoRequest>> RequestsAsync() =>
        (await control.GetFromJsonAsync<List<UmbracoRequest>>(new Uri(BaseUrl, "control/requests"), JsonSerializerOptions.Web))!;

    /// <summary>What the fake holds: <c>languages</c>, <c>dataTypes</c>, <c>documentTypes</c>, <c>documents</c> (each with its <c>parent</c> id).</summary>
    public async Task<JsonObject> StateAsync() =>
        (await control.GetFromJsonAsync<JsonObject>(new Uri(BaseUrl, "control/state")))!;

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        await server.DisposeAsync();
    }
}
