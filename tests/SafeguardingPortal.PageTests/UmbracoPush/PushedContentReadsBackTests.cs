using System.Text.Json;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>
/// The push and the portal's Umbraco reader agree on docs/umbraco.md: what <c>content push</c> writes, once Umbraco
/// publishes it, is read back by the reader (DeliveryFiles) into the same content as content/ itself.
/// </summary>
public sealed class PushedContentReadsBackTests
{
    [Fact]
    public async Task Content_pushed_to_Umbraco_reads_back_as_the_folder_it_came_from()
    {
        await using var push = await PushPortal.StartAsync();
        var run = await push.RunAsync();
        Assert.True(run.Exit == 0, run.ToString());

        var folder = new FolderContentFiles(RepositoryRoot.Combine("content"));
        var published = PublishedView.Of(await push.Umbraco.StateAsync(), new UmbracoOptions().Cultures);
        var (files, skipped) = DeliveryFiles.For(published);
        var fromFolder = ContentLoader.Load(folder);
        var fromUmbraco = ContentLoader.Load(new OverlayContentFiles(folder, files, DeliveryFiles.Folders, "Umbraco (pushed)"));

        Assert.Empty(fromUmbraco.Problems);
        Assert.All(skipped, s => Assert.Contains("'ntsFolder'", s, StringComparison.Ordinal));
        Assert.Equal(fromFolder.Phases, fromUmbraco.Phases);
        Assert.Equal(Pages(fromFolder), Pages(fromUmbraco));
        Assert.Equal(
            fromFolder.Courses.Select(c => (c.Slug, c.Title, c.Summary, c.Level, c.Audience, c.PassMark, c.ValidityYears, c.Status, string.Join('|', c.Chapters.Select(ch => (ch.Number, ch.Slug, ch.Title, ch.Status, ch.Body.Html.Value))))),
            fromUmbraco.Courses.Select(c => (c.Slug, c.Title, c.Summary, c.Level, c.Audience, c.PassMark, c.ValidityYears, c.Status, string.Join('|', c.Chapters.Select(ch => (ch.Number, ch.Slug, ch.Title, ch.Status, ch.Body.Html.Value))))));
        Assert.Equal(
            fromFolder.Courses.SelectMany(c => c.Questions).Select(q => JsonSerializer.Serialize(q)),
            fromUmbraco.Courses.SelectMany(c => c.Questions).Select(q => JsonSerializer.Serialize(q)));
        Assert.Equal(Routes(fromFolder), Routes(fromUmbraco));
        Assert.Equal(
            fromFolder.ChampionResources.Select(r => (r.Number, r.Slug, r.Title, r.Summary, r.Status, r.Body.Html.Value)),
            fromUmbraco.ChampionResources.Select(r => (r.Number, r.Slug, r.Title, r.Summary, r.Status, r.Body.Html.Value)));
    }

    private static List<string> Pages(ContentSnapshot snapshot) =>
        [.. snapshot.Pages.OrderBy(p => p.Language).ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => string.Join('|', p.Language, p.Path, p.Title, p.Summary, p.Audience, p.Phase, p.PublishFrom, p.PublishUntil, p.NavigationOrder, p.TranslationStatus, p.Layout, p.Poster, p.Body.Html.Value))];

    private static List<string> Routes(ContentSnapshot snapshot) =>
        [.. snapshot.DepartmentRoutes.Values.OrderBy(r => r.Slug, StringComparer.Ordinal).Select(r => string.Join('|', r.Slug, r.Title, r.Poster, r.Status, r.Body.Html.Value))];
}
