using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// The public pages say what they are in a meta description, which search engines show under the link (Lighthouse's
/// SEO audit, printed by bench/lighthouse.sh): a content page by its summary, the report's start page by its first line.
/// </summary>
[Collection(SharedPortal.Name)]
public class PageDescriptionTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    [Theory]
    [InlineData("/", "Learn the signs of abuse and neglect of children and adults at risk")]
    [InlineData("/signs-of-abuse/adults", "What abuse and neglect of adults at risk can look like")]
    [InlineData("/report", "Use this form to tell the City of London if you are worried")]
    public async Task PublicPage_HasAMetaDescription(string url, string description)
    {
        var page = await client.GetDocumentAsync(url);

        Assert.StartsWith(description, page.QuerySelector("head meta[name='description']")?.GetAttribute("content"), StringComparison.Ordinal);
    }
}
