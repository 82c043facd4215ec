using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SafeguardingPortal.Content;

public sealed record RenderedMarkdown(SanitisedHtml Html, IReadOnlyList<string> Links, IReadOnlyList<string> RemovedLinks, IReadOnlyList<string> Headings);

/// <summary>
/// The minimal safe pipeline of security.md §10: raw HTML disabled, pipe tables and heading ids only,
/// GOV.UK classes, unsafe links removed, then the HTML allow-list.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Use<GovUkClassesExtension>()
        .Build();

    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var links = new List<string>();
        var removed = new List<string>();

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var safe = link.IsImage ? SafeUrl.IsSafeImage(link.Url) : SafeUrl.IsSafeLink(link.Url);
            if (safe)
            {
                links.Add(link.Url!);
                continue;
            }

            removed.Add(link.Url ?? string.Empty);
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(link.Title ?? string.Empty));
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || SafeUrl.IsSafeLink(autolink.Url))
            {
                links.Add(autolink.Url);
                continue;
            }

            removed.Add(autolink.Url);
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        var headings = document.Descendants<HeadingBlock>()
            .Select(h => h.Inline is null ? string.Empty : InlineText(h.Inline))
            .ToList();

        return new RenderedMarkdown(HtmlAllowList.Sanitise(document.ToHtml(Pipeline)), links, removed, headings);
    }

    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    private static string InlineText(ContainerInline container) => string.Concat(container.Select(inline => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        ContainerInline inner => InlineText(inner),
        _ => string.Empty,
    }));
}
