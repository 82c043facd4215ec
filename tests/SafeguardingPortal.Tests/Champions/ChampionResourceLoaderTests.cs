using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Champions.Resources;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>The champion resources from content/champions/resources, through the content pipeline and its check.</summary>
public sealed class ChampionResourceLoaderTests : IDisposable
{
    private static readonly Func<string, bool> AppRoutes = path => path is "/report";
    private readonly ContentCopy copy = new();

    public void Dispose() => copy.Dispose();

    private IReadOnlyList<ContentProblem> Check() => ContentCheck.Run(ContentLoader.Load(copy.Path), AppRoutes);

    private void Edit(string file, Func<string, string> change) => copy.Edit(Path.Combine("champions", "resources", file), change);

    [Fact]
    public void The_five_resources_load_in_order_as_drafts()
    {
        var resources = ContentLoader.Load(copy.Path).ChampionResources;

        Assert.Equal(["briefing-script", "slides-outline", "handout", "poster-pack", "sign-in-sheet"], resources.Select(r => r.Slug));
        Assert.All(resources, r => Assert.Equal(ReviewStatus.Draft, r.Status));
        Assert.Equal(5, ChampionResource.Drafts(resources).Count());
        Assert.Empty(Check());
    }

    [Fact]
    public void The_sign_in_sheet_is_a_table_to_print()
    {
        var sheet = ContentLoader.Load(copy.Path).ChampionResources.Single(r => r.Slug == "sign-in-sheet");

        Assert.Contains("<table", sheet.Body.Html.Value, StringComparison.Ordinal);
        Assert.Contains("Signature", sheet.Body.Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_in_a_resource_fails_the_check()
    {
        Edit("04-poster-pack.md", text => text + "\n[Old posters](/posters/6)\n");

        Assert.Contains(Check(), p => p.File == "champions/resources/04-poster-pack.md" && p.Message.StartsWith("broken link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resource_without_a_status_is_left_out_and_reported()
    {
        Edit("03-handout.md", text => text.Replace("status: draft\n", "", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.File == "champions/resources/03-handout.md" && p.Message.StartsWith("unknown status", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentLoader.Load(copy.Path).ChampionResources, r => r.Slug == "handout");
    }

    [Fact]
    public void A_file_not_named_like_a_chapter_is_reported()
    {
        File.Copy(copy.File("champions", "resources", "03-handout.md"), copy.File("champions", "resources", "Handout.md"));

        Assert.Contains(Check(), p => p.File == "champions/resources/Handout.md" && p.Message.StartsWith("a resource file is named NN-slug.md", StringComparison.Ordinal));
    }
}
