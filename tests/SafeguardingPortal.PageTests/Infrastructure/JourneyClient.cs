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

    /// <summary>The latest value the server set for each cookie, to replay a copied cookie elsewhere.</summary>
    public Dictionary<string, string> CookiesSet { get; } = [];

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
    public Task<JourneyClient> AnswerAsync(params (string Name, string Value)[] fields) =>
        SubmitAsync(Page.QuerySelectorAll("main form").First(f => f.GetAttribute("action")?.Contains("keep-alive", StringComparison.Ordinal) != true), fields);

    /// <summary>Sends the form whose submit button reads <paramref name="button"/>, for pages with several forms.</summary>
    public Task<JourneyClient> PressAsync(string button, params (string Name, string Value)[] fields) =>
        SubmitAsync(Page.QuerySelectorAll("main form").First(f => f.QuerySelector("button")?.TextContent.Trim().StartsWith(button, StringComparison.Ordinal) == true), fields);

    private async Task<JourneyClient> SubmitAsync(AngleSharp.Dom.IElement form, (string Name, string Value)[] fields, string? formAction = null)
    {
        // Hidden inputs go back as the page wrote them (the antiforgery token among them), unless the test sets them.
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is { } name && !fields.Any(f => f.Name == name))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = formAction ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? Path : form.GetAttribute("action")!);
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) });
        return this;
    }

    /// <summary>
    /// Presses the button reading <paramref name="button"/> wherever it is in its form, as a browser does: to the
    /// button's <c>formaction</c> when it has one, for forms with more than one button.
    /// </summary>
    public Task<JourneyClient> ClickAsync(string button, params (string Name, string Value)[] fields)
    {
        var pressed = Page.QuerySelectorAll("main form button").First(b => b.TextContent.Trim().StartsWith(button, StringComparison.Ordinal));
        return SubmitAsync(pressed.Closest("form")!, fields, pressed.GetAttribute("formaction"));
    }

    /// <summary>Sends the page's file-upload form as multipart, with its hidden inputs (the antiforgery token), these fields and files.</summary>
    public async Task<JourneyClient> UploadAsync((string Name, string Value)[] fields, params (string Field, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        var form = Page.QuerySelectorAll("main form").First(f => f.GetAttribute("enctype") == "multipart/form-data");
        var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is { } name && !fields.Any(f => f.Name == name)))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, contentType, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            content.Add(file, field, fileName);
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Path : form.GetAttribute("action")!;
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = content });
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
        RecordCookies(response);
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops < 10; hops++)
        {
            url = response.Headers.Location!.ToString();
            response.Dispose();
            response = await client.GetAsync(url);
            RecordCookies(response);
        }

        using (response)
        {
            Path = new Uri(new Uri("https://localhost"), url).PathAndQuery;
            Status = response.StatusCode;
            Page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        }
    }

    private void RecordCookies(HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            CookiesSet[pair[0]] = pair[1];
        }
    }
}
