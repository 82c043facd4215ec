using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SafeguardingPortal.Content;

/// <summary>Adds GOV.UK Frontend's typography classes to the elements Markdig writes.</summary>
public sealed class GovUkClassesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AddClasses;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AddClasses(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var cssClass = node switch
            {
                HeadingBlock { Level: <= 2 } => "govuk-heading-l",
                HeadingBlock { Level: 3 } => "govuk-heading-m",
                HeadingBlock => "govuk-heading-s",
                ParagraphBlock => "govuk-body",
                ListBlock { IsOrdered: true } => "govuk-list govuk-list--number",
                ListBlock => "govuk-list govuk-list--bullet",
                QuoteBlock => "govuk-inset-text",
                ThematicBreakBlock => "govuk-section-break govuk-section-break--l govuk-section-break--visible",
                Table => "govuk-table",
                TableRow => "govuk-table__row",
                TableCell cell when ((TableRow)cell.Parent!).IsHeader => "govuk-table__header",
                TableCell => "govuk-table__cell",
                LinkInline { IsImage: false } or AutolinkInline => "govuk-link",
                _ => null,
            };
            if (cssClass is not null)
            {
                node.GetAttributes().AddClass(cssClass);
            }
        }
    }
}
