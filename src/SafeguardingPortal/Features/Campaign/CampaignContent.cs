using SafeguardingPortal.Content;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>A page as shown: in the visitor's language, or the English page when there is no translation yet.</summary>
public sealed record ShownContent(ContentPage Page, bool IsFallback)
{
    public string Language => Page.Language;
}

/// <summary>Finds the content for a request: language from the URL prefix, visibility by today's London date.</summary>
public sealed class CampaignContent(ContentStore store, TimeProvider time, IHttpContextAccessor http)
{
    public ContentSnapshot Snapshot => store.Current;

    public DateOnly Today => LondonTime.Today(time);

    public ShownContent? Find(string path)
    {
        var context = http.HttpContext!;
        var language = context.Language();
        var snapshot = store.Current;
        var translated = snapshot.Find(language.Code, path);
        var shown = translated is not null
            ? new ShownContent(translated, IsFallback: false)
            : snapshot.Find(Languages.English.Code, path) is { } english ? new ShownContent(english, IsFallback: language != Languages.English) : null;

        if (shown is null || !snapshot.IsVisible(shown.Page, Today))
        {
            return null;
        }

        context.Features.Set(shown);
        return shown;
    }

    public IEnumerable<CampaignPhase> RunningPhases() => store.Current.RunningPhases(Today);

    public IReadOnlyList<ShownContent> Posters() =>
    [
        .. Enumerable.Range(1, RequiredContent.PosterCount)
            .Select(n => FindQuietly($"/posters/{n}"))
            .OfType<ShownContent>(),
    ];

    /// <summary>Like <see cref="Find"/>, for a page listed on another one rather than shown.</summary>
    public ShownContent? FindQuietly(string path)
    {
        var language = http.HttpContext!.Language();
        var snapshot = store.Current;
        var page = snapshot.Find(language.Code, path) ?? snapshot.Find(Languages.English.Code, path);
        return page is not null && snapshot.IsVisible(page, Today) ? new ShownContent(page, page.Language != language.Code) : null;
    }
}
