using SafeguardingPortal.Features.Champions.Finder;
using SafeguardingPortal.Features.Champions.Resources;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Content;

/// <summary>Everything loaded from <c>content/</c> at one moment: immutable, swapped whole on reload.</summary>
public sealed class ContentSnapshot(
    IReadOnlyList<CampaignPhase> phases,
    IReadOnlyList<ContentPage> pages,
    IReadOnlyList<ContentProblem> problems,
    string version,
    IReadOnlyList<Course>? courses = null,
    IReadOnlyList<ChampionResource>? championResources = null,
    IReadOnlyList<DepartmentRoute>? departmentRoutes = null,
    string origin = "")
{
    private readonly Dictionary<(string Language, string Path), ContentPage> byKey =
        pages.ToDictionary(p => (p.Language, p.Path));

    public IReadOnlyList<CampaignPhase> Phases { get; } = phases;

    public IReadOnlyList<ContentPage> Pages { get; } = pages;

    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    /// <summary>The training courses under <c>content/training/</c> that loaded without problems.</summary>
    public IReadOnlyList<Course> Courses { get; } = courses ?? [];

    public Course? FindCourse(string slug) => Courses.FirstOrDefault(c => c.Slug == slug);

    /// <summary>The champions' briefing materials under <c>content/champions/resources/</c>, in number order.</summary>
    public IReadOnlyList<ChampionResource> ChampionResources { get; } = championResources ?? [];

    /// <summary>Each department's local reporting route from <c>content/departments/</c>, keyed by department slug.</summary>
    public IReadOnlyDictionary<string, DepartmentRoute> DepartmentRoutes { get; } =
        (departmentRoutes ?? []).ToDictionary(r => r.Slug, StringComparer.Ordinal);

    /// <summary>A hash of every file read, so rendered documents can be cached per content version.</summary>
    public string Version { get; } = version;

    /// <summary>Where the content came from: the folder, or the Umbraco site.</summary>
    public string Origin { get; } = origin;

    public ContentPage? Find(string language, string path) => byKey.GetValueOrDefault((language, path));

    /// <summary>Publish dates and the page's phase window, both inclusive London dates.</summary>
    public bool IsVisible(ContentPage page, DateOnly today) =>
        (page.PublishFrom is null || today >= page.PublishFrom)
        && (page.PublishUntil is null || today <= page.PublishUntil)
        && (page.Phase == CampaignPhase.Evergreen || Phases.Any(p => p.Id == page.Phase && p.IsRunningOn(today)));

    public IEnumerable<CampaignPhase> RunningPhases(DateOnly today) =>
        Phases.Where(p => p.IsRunningOn(today)).OrderBy(p => p.End.DayNumber - p.Start.DayNumber);
}
