using AngleSharp.Html.Parser;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

public class MarkdownRendererTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "style", "svg", "form", "input"];

    [Fact]
    public void Render_CommonElements_CarryGovUkClasses()
    {
        var html = MarkdownRenderer.Render("""
            ## Physical abuse

            ### What to look for

            Some text with [a link](/who-to-call).

            - one
            - two

            1. first

            > An inset

            ---

            | Service | Phone |
            |---|---|
            | Police | 101 |
            """).Html.Value;
        var doc = Parser.ParseDocument(html);

        Assert.Equal("govuk-heading-l", doc.QuerySelector("h2")!.ClassName);
        Assert.Equal("physical-abuse", doc.QuerySelector("h2")!.Id);
        Assert.Equal("govuk-heading-m", doc.QuerySelector("h3")!.ClassName);
        Assert.Equal("govuk-body", doc.QuerySelector("p")!.ClassName);
        Assert.Equal("govuk-link", doc.QuerySelector("a")!.ClassName);
        Assert.Equal("govuk-list govuk-list--bullet", doc.QuerySelector("ul")!.ClassName);
        Assert.Equal("govuk-list govuk-list--number", doc.QuerySelector("ol")!.ClassName);
        Assert.Equal("govuk-inset-text", doc.QuerySelector("blockquote")!.ClassName);
        Assert.Contains("govuk-section-break", doc.QuerySelector("hr")!.ClassName);
        Assert.Equal("govuk-table", doc.QuerySelector("table")!.ClassName);
        Assert.Equal("govuk-table__header", doc.QuerySelector("th")!.ClassName);
        Assert.Equal("govuk-table__cell", doc.QuerySelector("td")!.ClassName);
    }

    [Fact]
    public void Render_CollectsLinksAndHeadings()
    {
        var rendered = MarkdownRenderer.Render("## Neglect\n\nSee [who to call](/who-to-call) or <https://www.nspcc.org.uk>.");

        Assert.Equal(["/who-to-call", "https://www.nspcc.org.uk"], rendered.Links);
        Assert.Equal(["Neglect"], rendered.Headings);
        Assert.Empty(rendered.RemovedLinks);
    }

    [Fact]
    public void Render_AlignedTableColumns_LoseInlineStyles()
    {
        // Pipe-table alignment is written as style="text-align", which the CSP (style-src 'self') would block.
        var html = MarkdownRenderer.Render("| a | b |\n|:--|--:|\n| 1 | 2 |").Html.Value;

        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>security.md §10: javascript: in every disguise, data:, vbscript:, reference links, autolinks, images and raw HTML.</summary>
    public static TheoryData<string> XssCorpus =>
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: JAVASCRIPT:alert(1) \"title\"",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x](x \"onerror=alert(1)\")",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg><script>alert(1)</script></svg>",
        "<style>body{display:none}</style>",
        "<div onmouseover=\"alert(1)\">x</div>",
        "[x](//evil.example)",
        "[x](/\\evil.example)",
        "`<script>alert(1)</script>`",
        "```\n<script>alert(1)</script>\n```",
        "<!-- <script>alert(1)</script> -->",
        "<object data=\"x\"></object><embed src=\"x\">",
        "[x](\"onmouseover=alert(1))",
    ];

    [Theory]
    [MemberData(nameof(XssCorpus))]
    public void Render_XssCorpus_RendersNothingActive(string markdown) =>
        AssertInert(MarkdownRenderer.Render(markdown).Html.Value);

    [Fact]
    public void Render_UnsafeLink_IsRemovedButItsTextKept()
    {
        var rendered = MarkdownRenderer.Render("Please [click here](javascript:alert(1)) now.");

        Assert.Contains("click here", rendered.Html.Value);
        Assert.DoesNotContain("<a", rendered.Html.Value);
        Assert.Equal(["javascript:alert(1)"], rendered.RemovedLinks);
    }

    [Fact]
    public void Render_RawHtml_IsShownAsText()
    {
        var html = MarkdownRenderer.Render("<b>bold</b>").Html.Value;

        Assert.Contains("&lt;b&gt;", html);
    }

    /// <summary>Bounded random input: 3,000 documents of up to 400 characters built from Markdown syntax and payload fragments.</summary>
    [Fact(Timeout = 120_000)]
    public async Task Render_RandomMarkdown_IsAlwaysInertAndFinishes()
    {
        string[] fragments =
        [
            "[", "]", "(", ")", "<", ">", "!", "*", "_", "`", "#", "\n", "\n\n", "|", "-", ":", "&", ";", "\"", "'", " ", "\t", "\\",
            "javascript:", "JAVASCRIPT:", "java\tscript:", "&#106;", "&#x3A;", "&colon;", "data:", "vbscript:", "onerror=", "onload=",
            "<script>", "</script>", "<img src=x ", "<a href=", "http://", "https://x.example", "//", "alert(1)", "[ref]: ", "ক", "\u202e", "\0",
        ];
        var random = new Random(20261122);
        await Task.Run(() =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                var text = new System.Text.StringBuilder();
                while (text.Length < random.Next(1, 400))
                {
                    text.Append(fragments[random.Next(fragments.Length)]);
                }

                AssertInert(MarkdownRenderer.Render(text.ToString()).Html.Value);
            }
        });
    }

    private static void AssertInert(string html)
    {
        var doc = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var element in doc.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href")
                {
                    Assert.True(SafeUrl.IsSafeLink(attribute.Value), $"unsafe href '{attribute.Value}' in {html}");
                }

                if (attribute.Name is "src")
                {
                    Assert.True(SafeUrl.IsSafeImage(attribute.Value), $"unsafe src '{attribute.Value}' in {html}");
                }
            }
        }
    }
}
