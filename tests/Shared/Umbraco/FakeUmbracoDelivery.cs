using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>One Delivery API request as the fake saw it.</summary>
public sealed record DeliveryRequest(string Method, string Path, string? ApiKey, string? Culture, string? StartItem, bool Preview, int Status);

/// <summary>
/// An Umbraco Content Delivery API v2 on loopback (tests/Shared/Umbraco/fake-umbraco-delivery.mjs): serves the items a
/// test publishes, checks the API key, and validates every answer against the contract's OpenAPI document.
/// </summary>
public sealed class FakeUmbracoDelivery : IAsyncDisposable
{
    public const string ApiKey = "test-delivery-key";
    public const string StartItem = "notice-the-signs";

    private readonly HttpClient control = new();
    private LoopbackNodeServer server = null!;

    public Uri BaseUrl => server.BaseUrl;

    public string Log => server.Log;

    public static async Task<FakeUmbracoDelivery> StartAsync()
    {
        var fake = new FakeUmbracoDelivery();
        fake.server = await LoopbackNodeServer.StartAsync(
            "tests/Shared/Umbraco/fake-umbraco-delivery.mjs",
            "FAKE_UMBRACO_DELIVERY_CONFIG",
            new { contractPath = SharedContracts.Path("umbraco", "delivery-api-v2.openapi.json"), apiKey = ApiKey, startItem = StartItem, exitWithStdin = true });
        return fake;
    }

    /// <summary>Publishes exactly these items, by Umbraco culture.</summary>
    public async Task PublishAllAsync(IReadOnlyDictionary<string, List<JsonObject>> byCulture) =>
        (await control.PutAsJsonAsync(new Uri(BaseUrl, "control/items"), byCulture)).EnsureSuccessStatusCode();

    public async Task PublishAsync(string culture, JsonObject item) =>
        (await control.PutAsJsonAsync(new Uri(BaseUrl, "control/item"), new { culture, item })).EnsureSuccessStatusCode();

    /// <summary>Saves a draft of an item: served only to requests with <c>Preview: true</c>.</summary>
    public async Task SaveDraftAsync(string culture, JsonObject item) =>
        (await control.PutAsJsonAsync(new Uri(BaseUrl, "control/draft"), new { culture, item })).EnsureSuccessStatusCode();

    /// <summary>A media file the site serves at <paramref name="path"/> (as a media picker's <c>url</c> names it).</summary>
    public async Task AddMediaAsync(string path, byte[] bytes, string contentType) =>
        (await control.PutAsJsonAsync(new Uri(BaseUrl, "control/media"), new { path, base64 = Convert.ToBase64String(bytes), contentType })).EnsureSuccessStatusCode();

    public async Task SetDownAsync(bool down) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/down"), new { down })).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<DeliveryRequest>> RequestsAsync() =>
        (await control.GetFromJsonAsync<List<DeliveryRequest>>(new Uri(BaseUrl, "control/requests"), JsonSerializerOptions.Web))!;

    /// <summary>Answers the fake refused to send because they broke the contract: a test asserts there are none.</summary>
    public async Task<string> InvalidAsync() => await control.GetStringAsync(new Uri(BaseUrl, "control/invalid"));

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        await server.DisposeAsync();
    }
}
