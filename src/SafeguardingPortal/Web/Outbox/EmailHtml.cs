using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace SafeguardingPortal.Web.Outbox;

/// <summary>
/// The one HTML template of the portal's emails: the text body, HTML-encoded, in paragraphs, with its web addresses
/// as links. Writing the HTML from the text keeps the two parts of a message saying the same thing.
/// </summary>
public static partial class EmailHtml
{
    public static string From(string subject, string text)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlEncoder.Default.Encode(subject))
            .Append("</title></head><body>");
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = paragraph.Split('\n').Select(line => Link().Replace(HtmlEncoder.Default.Encode(line.Trim()), "<a href=\"$0\">$0</a>"));
            html.Append("<p>").AppendJoin("<br>", lines).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    // Runs on encoded text, so an address cannot carry a quote or an angle bracket out of the attribute.
    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex Link();
}
