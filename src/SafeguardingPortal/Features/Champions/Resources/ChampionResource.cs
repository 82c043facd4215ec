using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Champions.Resources;

/// <summary>
/// One of the champions' briefing materials from <c>content/champions/resources/NN-slug.md</c> (briefing script,
/// slides outline, handout, poster pack, sign-in sheet), shown at <c>/champions/resources/&lt;slug&gt;</c>.
/// </summary>
public sealed record ChampionResource(int Number, string Slug, string Title, string Summary, ReviewStatus Status, string SourceFile, RenderedMarkdown Body)
{
    /// <summary>Draft resources, listed on the content-status page with the draft course material for the service owner.</summary>
    public static IEnumerable<DraftTrainingMaterial> Drafts(IEnumerable<ChampionResource> resources) =>
        resources.Where(r => r.Status == ReviewStatus.Draft)
            .Select(r => new DraftTrainingMaterial("Champion resources", r.Title, $"content/champions/resources/{r.SourceFile}"));
}
