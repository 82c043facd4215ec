using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>The fake Umbraco judges requests by the contract and the client credentials: otherwise "every request is valid" would prove nothing.</summary>
public sealed class FakeUmbracoManagementTests
{
    private const string Api = "umbraco/management/api/v1/";

    [Fact]
    public async Task It_issues_a_token_only_for_a_client_credentials_form_with_the_right_secret()
    {
        await using var fake = await FakeUmbracoManagement.StartAsync();
        using var http = new HttpClient();

        using var wrongSecret = await TokenAsync(http, fake, "client_credentials", FakeUmbracoManagement.ClientId, "wrong");
        using var wrongGrant = await TokenAsync(http, fake, "password", FakeUmbracoManagement.ClientId, FakeUmbracoManagement.ClientSecret);
        using var json = await http.PostAsJsonAsync(new Uri(fake.BaseUrl, Api + "security/back-office/token"), new { grant_type = "client_credentials", client_id = FakeUmbracoManagement.ClientId, client_secret = FakeUmbracoManagement.ClientSecret });
        using var right = await TokenAsync(http, fake, "client_credentials", FakeUmbracoManagement.ClientId, FakeUmbracoManagement.ClientSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongGrant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = await right.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Bearer", (string?)token!["token_type"]);
        Assert.Equal([false, false, false, true], (await fake.RequestsAsync()).Select(r => r.Valid));
    }

    [Fact]
    public async Task It_refuses_requests_outside_the_contract_and_without_a_token()
    {
        await using var fake = await FakeUmbracoManagement.StartAsync();
        using var http = new HttpClient();
        using var tokenAnswer = await TokenAsync(http, fake, "client_credentials", FakeUmbracoManagement.ClientId, FakeUmbracoManagement.ClientSecret);
        var token = (string)(await tokenAnswer.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;

        using var unknownPath = await SendAsync(http, fake, token, HttpMethod.Get, "documents/all");
        using var notAGuid = await SendAsync(http, fake, token, HttpMethod.Get, "document/not-a-guid");
        using var textForANumber = await SendAsync(http, fake, token, HttpMethod.Get, "language?take=many");
        using var unknownField = await SendAsync(http, fake, token, HttpMethod.Post, "document", """{"documentType":{"id":"0cc0eba1-9960-42c9-bf9b-60e150b429ae"},"template":null,"values":[],"variants":[],"title":"x"}""");
        using var missingField = await SendAsync(http, fake, token, HttpMethod.Post, "document-type", """{"alias":"x","name":"x"}""");
        using var noToken = await SendAsync(http, fake, null, HttpMethod.Get, "language");
        using var valid = await SendAsync(http, fake, token, HttpMethod.Get, "language?skip=0&take=10");

        Assert.Equal(HttpStatusCode.NotFound, unknownPath.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAGuid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, textForANumber.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("additional properties", await unknownField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missingField.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal([true, false, false, false, false, false, true, true], (await fake.RequestsAsync()).Select(r => r.Valid));
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient http, FakeUmbracoManagement fake, string grant, string clientId, string secret) =>
        http.PostAsync(new Uri(fake.BaseUrl, Api + "security/back-office/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grant,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, FakeUmbracoManagement fake, string? token, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(fake.BaseUrl, Api + path));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
