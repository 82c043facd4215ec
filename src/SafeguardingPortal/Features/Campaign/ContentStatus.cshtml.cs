using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Champions.Resources;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>For the service owner: translations and training material awaiting review, pages not yet translated, and the content version.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ContentStatusModel(ContentStore store, TimeProvider time) : PageModel
{
    public ContentSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<ContentPage> DraftTranslations { get; private set; } = [];

    /// <summary>Public English pages with no translation, per language.</summary>
    public IReadOnlyList<(Language Language, ContentPage Page)> Untranslated { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Course material and champion resources still marked draft, for the service owner to review.</summary>
    public IReadOnlyList<DraftTrainingMaterial> DraftTraining { get; private set; } = [];

    public void OnGet()
    {
        Snapshot = store.Current;
        Today = LondonTime.Today(time);
        DraftTranslations = [.. Snapshot.Pages.Where(p => p.IsDraftTranslation).OrderBy(p => p.Language).ThenBy(p => p.Path)];
        Untranslated =
        [
            .. from language in Languages.All.Where(l => l != Languages.English)
               from page in Snapshot.Pages.Where(p => p.Language == Languages.English.Code && p.Audience != Audience.Staff)
               where Snapshot.Find(language.Code, page.Path) is null
               orderby page.Path
               select (language, page),
        ];
        DraftTraining = [.. Snapshot.Courses.SelectMany(DraftTrainingMaterial.Of), .. ChampionResource.Drafts(Snapshot.ChampionResources), .. Champions.Finder.DepartmentRoute.Drafts(Snapshot.DepartmentRoutes.Values)];
    }
}
