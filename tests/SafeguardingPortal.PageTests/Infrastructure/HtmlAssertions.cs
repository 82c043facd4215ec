using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SafeguardingPortal.PageTests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static string Heading(this IHtmlDocument document) => document.QuerySelector("h1")!.TextContent.Trim();

    public static string MainText(this IHtmlDocument document) => document.QuerySelector("main")!.TextContent;
}
