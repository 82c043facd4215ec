using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// A department's local reporting route from <c>content/departments/&lt;slug&gt;.md</c>: how its people raise a concern,
/// and for a department in another council's area, that council. Numbers come from the reference data, never this text.
/// </summary>
/// <param name="Poster">The route in a sentence or two, printed on the department's noticeboard poster.</param>
public sealed record DepartmentRoute(string Slug, string Title, string Poster, ReviewStatus Status, string SourceFile, RenderedMarkdown Body)
{
    /// <summary>Draft routes, listed on the content-status page with the other draft material for the service owner.</summary>
    public static IEnumerable<DraftTrainingMaterial> Drafts(IEnumerable<DepartmentRoute> routes) =>
        routes.Where(r => r.Status == ReviewStatus.Draft)
            .Select(r => new DraftTrainingMaterial("Departments' reporting routes", r.Title, $"content/departments/{r.SourceFile}"));
}
