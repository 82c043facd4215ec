using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SafeguardingPortal.Content;

/// <summary>
/// The last line of defence for rendered content (security.md §10): only known elements and attributes
/// survive, and every address is checked again. Markdig already escapes raw HTML; rich text from a CMS
/// goes through here too.
/// </summary>
public static class HtmlAllowList
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "strong", "em", "code", "pre",
        "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "img", "del",
    };

    // Dropped with everything inside them, rather than unwrapped into text.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "frameset", "frame",
    };

    private static readonly Dictionary<string, string[]> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["*"] = ["class", "id"],
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title"],
        ["th"] = ["scope"],
    };

    private static readonly HtmlParser Parser = new();

    public static SanitisedHtml Sanitise(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        Clean(body);
        return new SanitisedHtml(body.InnerHtml);
    }

    private static void Clean(IElement parent)
    {
        foreach (var element in parent.Children.ToList())
        {
            if (DroppedWithContent.Contains(element.LocalName))
            {
                element.Remove();
                continue;
            }

            Clean(element);
            if (!Elements.Contains(element.LocalName))
            {
                element.Replace([.. element.ChildNodes]);
                continue;
            }

            CleanAttributes(element);
        }
    }

    private static void CleanAttributes(IElement element)
    {
        var allowed = Attributes.GetValueOrDefault(element.LocalName, []);
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = (allowed.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase)
                        || Attributes["*"].Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase))
                       && attribute.LocalName switch
                       {
                           "href" => SafeUrl.IsSafeLink(attribute.Value),
                           "src" => SafeUrl.IsSafeImage(attribute.Value),
                           _ => true,
                       };
            if (!keep)
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }
    }
}
