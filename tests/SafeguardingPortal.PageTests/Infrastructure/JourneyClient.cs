using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>
/// Walks the report-a-concern journey as a browser without JavaScript would: follows redirects, keeps cookies,
/// and sends each page's own form back with its antiforgery token and the answers given.
/// </summary>
public sealed class JourneyClient(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => client;

    public string Path { get; private set; } = "";

    public HttpStatusCode Status { get; private set; }

    public IHtmlDocument Page { get; private set; } = Parser.ParseDocument("");

    public string Heading => Page.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public string Text => Page.QuerySelector("main")?.TextContent ?? "";

    /// <summary>The messages in the GOV.UK error summary, in order.</summary>
    public IReadOnlyList<string> Errors => [.. Page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];

    public async Task<JourneyClient> OpenAsync(string url)
    {
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        return this;
    }

    /// <summary>Sends the page's journey form with these fields (a name may repeat for checkboxes).</summary>
    public async Task<JourneyClient> AnswerAsync(params (string Name, string Value)[] fields)
    {
        var form = Page.QuerySelectorAll("main form").First(f => f.GetAttribute("action")?.Contains("keep-alive", StringComparison.Ordinal) != true);
        var values = new List<KeyValuePair<string, string>>();
        if (form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { } token)
        {
            values.Add(new("__RequestVerificationToken", token));
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Path : form.GetAttribute("action")!;
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) });
        return this;
    }

    /// <summary>Answers a one-question radios page.</summary>
    public Task<JourneyClient> ChooseAsync(string value) => AnswerAsync(("answer", value));

    /// <summary>Presses the page's button without answering anything (information pages).</summary>
    public Task<JourneyClient> ContinueAsync() => AnswerAsync();

    private async Task SendAsync(HttpRequestMessage request)
    {
        var url = request.RequestUri!.ToString();
        var response = await client.SendAsync(request);
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops < 10; hops++)
        {
            url = response.Headers.Location!.ToString();
            response.Dispose();
            response = await client.GetAsync(url);
        }

        using (response)
        {
            Path = new Uri(new Uri("https://localhost"), url).PathAndQuery;
            Status = response.StatusCode;
            Page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        }
    }
}
