using System.Net.Http.Headers;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

[Collection(SharedPortal.Name)]
public class CachingTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    [Fact]
    public async Task PublicPage_IsServedFromTheOutputCache()
    {
        await client.GetAsync("/signs-of-abuse/children");

        using var second = await client.GetAsync("/signs-of-abuse/children");

        Assert.True(second.Headers.Age.HasValue, "a cached response carries an Age header");
    }

    [Fact]
    public async Task CachedPages_AreKeptApartByLanguage()
    {
        await client.GetStringAsync("/posters");
        var bengali = await client.GetDocumentAsync("/bn/posters");

        Assert.Equal("bn", bengali.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task PublicPage_IsCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signs-of-abuse/adults");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task UncachedPage_IsNotCompressed()
    {
        // Pages that are not public-cacheable carry secrets (antiforgery tokens): no BREACH oracle.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
