using AngleSharp.Html.Parser;

namespace SafeguardingPortal.Content;

/// <summary>
/// Rich text from a CMS (HTML rather than Markdown) made into the same rendered body as a Markdown page: unsafe
/// links and images removed and reported, GOV.UK typography classes in place of the editor's, then the allow-list,
/// which drops scripts, event handlers and anything else it does not know.
/// </summary>
public static class RichTextRenderer
{
    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["h2"] = "govuk-heading-l",
        ["h3"] = "govuk-heading-m",
        ["h4"] = "govuk-heading-s",
        ["p"] = "govuk-body",
        ["ul"] = "govuk-list govuk-list--bullet",
        ["ol"] = "govuk-list govuk-list--number",
        ["blockquote"] = "govuk-inset-text",
        ["table"] = "govuk-table",
        ["a"] = "govuk-link",
    };

    public static RenderedMarkdown Render(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        var links = new List<string>();
        var removed = new List<string>();

        foreach (var link in body.QuerySelectorAll("a").ToList())
        {
            var href = link.GetAttribute("href") ?? "";
            if (SafeUrl.IsSafeLink(href))
            {
                links.Add(href);
            }
            else
            {
                removed.Add(href);
                link.Replace([.. link.ChildNodes]);
            }
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var src = image.GetAttribute("src") ?? "";
            if (!SafeUrl.IsSafeImage(src))
            {
                removed.Add(src);
                image.Replace(document.CreateTextNode(image.GetAttribute("alt") ?? ""));
            }
        }

        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (Classes.TryGetValue(element.LocalName, out var classes))
            {
                element.SetAttribute("class", classes);
            }
            else
            {
                element.RemoveAttribute("class");
            }
        }

        var headings = body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TextContent.Trim()).ToList();
        return new RenderedMarkdown(HtmlAllowList.Sanitise(body.InnerHtml), links, removed, headings);
    }
}
