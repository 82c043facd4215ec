using System.Text.Json;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Content.Umbraco;

/// <summary>
/// Umbraco's documents laid out as content files load into the same snapshot as content/ itself: every page, phase,
/// course, department route and champion resource, with the same text; unknown types and blocks are skipped and
/// named; rich text is rendered inert.
/// </summary>
public sealed class DeliveryFilesTests
{
    private static readonly string Folder = RepositoryRoot.Combine("content");

    [Fact]
    public void Content_published_from_umbraco_loads_as_the_folder_does()
    {
        var fromFolder = ContentLoader.Load(Folder);
        var fromUmbraco = ContentLoader.Load(Overlay(Documents(DeliveryFixtures.From(Folder))));

        Assert.Empty(fromUmbraco.Problems);
        Assert.Equal(fromFolder.Phases, fromUmbraco.Phases);
        Assert.Equal(Pages(fromFolder), Pages(fromUmbraco));
        Assert.Equal(
            fromFolder.Courses.Select(c => (c.Slug, c.Title, c.Level, c.Chapters.Count, string.Join('|', c.Chapters.Select(ch => ch.Body.Html.Value)), c.Questions.Count)),
            fromUmbraco.Courses.Select(c => (c.Slug, c.Title, c.Level, c.Chapters.Count, string.Join('|', c.Chapters.Select(ch => ch.Body.Html.Value)), c.Questions.Count)));
        Assert.Equal(
            fromFolder.Courses.SelectMany(c => c.Questions).Select(q => JsonSerializer.Serialize(q)),
            fromUmbraco.Courses.SelectMany(c => c.Questions).Select(q => JsonSerializer.Serialize(q)));
        Assert.Equal(fromFolder.DepartmentRoutes.Keys.Order(), fromUmbraco.DepartmentRoutes.Keys.Order());
        Assert.All(fromFolder.DepartmentRoutes, r => Assert.Equal(r.Value.Body.Html.Value, fromUmbraco.DepartmentRoutes[r.Key].Body.Html.Value));
        Assert.Equal(fromFolder.ChampionResources.Select(r => (r.Slug, r.Title, r.Body.Html.Value)), fromUmbraco.ChampionResources.Select(r => (r.Slug, r.Title, r.Body.Html.Value)));
    }

    [Fact]
    public void Documents_and_blocks_the_portal_does_not_know_are_skipped_and_named()
    {
        var examples = Directory.EnumerateFiles(SharedContracts.Path("umbraco"), "example-content-item-*.json")
            .Select(f => DeliveryItem.Parse(JsonDocument.Parse(File.ReadAllText(f)).RootElement)).ToList();

        var (files, skipped) = DeliveryFiles.For(new Dictionary<string, IReadOnlyList<DeliveryItem>> { ["en"] = examples });

        Assert.Equal(["phases.yml"], files.Keys);
        Assert.Equal(examples.Count, skipped.Count);
        Assert.Contains(skipped, s => s.Contains("'articleWithBlockList'", StringComparison.Ordinal));
    }

    [Fact]
    public void Umbracos_own_example_responses_parse_and_their_rich_text_renders()
    {
        foreach (var file in Directory.EnumerateFiles(SharedContracts.Path("umbraco"), "example-*.json"))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var items = root.TryGetProperty("items", out var paged) ? [.. paged.EnumerateArray()] : new[] { root };
            foreach (var item in items.Select(DeliveryItem.Parse))
            {
                Assert.NotEqual(Guid.Empty, item.Id);
                foreach (var property in item.Properties.EnumerateObject().Where(p => item.Markup(p.Name) is not null))
                {
                    var markup = item.Markup(property.Name)!;
                    var rendered = RichTextRenderer.Render(markup).Html.Value;
                    Assert.Equal(Text(markup), Text(rendered));
                    Assert.DoesNotContain("umb-rte-block", rendered, StringComparison.Ordinal);
                }

                Assert.All(item.Properties.EnumerateObject(), p => Assert.All(item.Blocks(p.Name), b => Assert.False(string.IsNullOrEmpty(b.ContentType), file)));
            }
        }
    }

    [Fact]
    public void Rich_text_is_rendered_inert_and_keeps_its_words()
    {
        var page = Page("""
            {"contentType":"ntsGuidancePage","name":"Rich","route":{"path":"/rich/"},"id":"6e1bc040-f382-402c-ac56-3328d5f424c7",
             "properties":{"title":"Rich","summary":"A rich text page.","audience":"public","phase":"evergreen",
             "richBody":{"markup":"<h2 onclick=\"steal()\">Signs</h2><p>Call us<script>steal()</script> <a href=\"javascript:steal()\">here</a> or <a href=\"/who-to-call\">who to call</a>.</p><img src=\"x\" onerror=\"steal()\" alt=\"A sign\">","blocks":[]}}}
            """);

        var html = page.Body.Html.Value;
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2 class=\"govuk-heading-l\">Signs</h2>", html, StringComparison.Ordinal);
        Assert.Contains("here", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/who-to-call\" class=\"govuk-link\">who to call</a>", html, StringComparison.Ordinal);
        Assert.Equal(["javascript:steal()"], page.Body.RemovedLinks);
    }

    /// <summary>The words of some HTML, whatever its elements.</summary>
    private static string Text(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("");
        document.Body!.InnerHtml = html;
        return string.Join(' ', document.Body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static ContentPage Page(string json)
    {
        var item = DeliveryItem.Parse(JsonDocument.Parse(json).RootElement);
        var snapshot = ContentLoader.Load(Overlay(new Dictionary<string, IReadOnlyList<DeliveryItem>> { ["en"] = [item] }));
        return snapshot.Pages.Single();
    }

    private static Dictionary<string, IReadOnlyList<DeliveryItem>> Documents(Dictionary<string, List<System.Text.Json.Nodes.JsonObject>> items) =>
        items.ToDictionary(i => i.Key, i => (IReadOnlyList<DeliveryItem>)[.. i.Value.Select(o => DeliveryItem.Parse(JsonSerializer.SerializeToElement(o)))]);

    private static OverlayContentFiles Overlay(Dictionary<string, IReadOnlyList<DeliveryItem>> documents) =>
        new(new FolderContentFiles(Folder), DeliveryFiles.For(documents).Files, DeliveryFiles.Folders, "Umbraco (test)");

    private static List<string> Pages(ContentSnapshot snapshot) =>
        [.. snapshot.Pages.OrderBy(p => p.Language).ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => string.Join('|', p.Language, p.Path, p.Title, p.Summary, p.Audience, p.Phase, p.PublishFrom, p.PublishUntil, p.NavigationOrder, p.TranslationStatus, p.Layout, p.Poster, p.Body.Html.Value))];
}
