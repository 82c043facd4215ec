using System.Net;
using System.Text;

namespace SafeguardingPortal.BrowserTests;

/// <summary>What only the real server enforces: the API's request size limit (the in-memory test host has none).</summary>
[Collection(SharedBrowser.Name)]
public class ApiOnKestrelTests(BrowserFixture browser)
{
    [Fact]
    public async Task OverLongBody_IsRefusedWith413()
    {
        using var client = browser.CreateHttpClient();
        var body = $"{{\"description\": \"{new string('x', 100_000)}\"}}";

        using var response = await client.PostAsync("/api/v1/concerns", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
