using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Umbraco's Management API as an API user: a token from the back-office token endpoint with the client credentials
/// grant, kept until shortly before it expires (Umbraco asks clients to reuse tokens rather than flood it), then
/// JSON in and out. Retries of blips are the <see cref="Web.HttpRetry"/> handler's.
/// </summary>
public sealed class ManagementApiClient(HttpClient http, IOptions<UmbracoPushOptions> options, TimeProvider time)
{
    private const string TokenPath = "umbraco/management/api/v1/security/back-office/token";
    private string? token;
    private DateTimeOffset tokenExpires;

    /// <summary>The resource at <paramref name="path"/> (from the site's address), or null when Umbraco has no such thing (404).</summary>
    public async Task<JsonObject?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Get, path, null, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(request, response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
    }

    public async Task SendAsync(HttpMethod method, string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(method, path, body, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, new Uri(BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (token is not null && time.GetUtcNow() < tokenExpires)
        {
            return token;
        }

        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, TokenPath))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId ?? "",
                ["client_secret"] = settings.ClientSecret ?? "",
            }),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Not the body: an OAuth error can echo what was sent.
            throw new UmbracoPushException($"Umbraco refused the client credentials of {settings.ClientId} ({(int)response.StatusCode}): check {UmbracoPushOptions.Section}:ClientId and :ClientSecret, and that the API user exists.");
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        token = answer?["access_token"]?.GetValue<string>() ?? throw new UmbracoPushException("Umbraco's token answer has no access_token.");
        var lifetime = TimeSpan.FromSeconds(answer["expires_in"]?.GetValue<int>() ?? 0);
        tokenExpires = time.GetUtcNow() + lifetime - TimeSpan.FromSeconds(Math.Min(30, lifetime.TotalSeconds / 2));
        return token;
    }

    private Uri BaseUrl => options.Value.ManagementUrl is { } url
        ? new Uri(url.AbsoluteUri.EndsWith('/') ? url.AbsoluteUri : url.AbsoluteUri + "/")
        : throw new UmbracoPushException($"{UmbracoPushOptions.Section}:ManagementUrl is not set.");

    private static async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // Umbraco's ProblemDetails name the cause ("the alias is taken") and hold no secrets.
        var problem = await response.Content.ReadAsStringAsync(cancellationToken);
        var title = TryTitle(problem);
        throw new UmbracoPushException($"Umbraco answered {(int)response.StatusCode} to {request.Method} {request.RequestUri?.AbsolutePath}{(title is null ? "" : $": {title}")}");
    }

    private static string? TryTitle(string problem)
    {
        try
        {
            return JsonNode.Parse(problem)?["title"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
