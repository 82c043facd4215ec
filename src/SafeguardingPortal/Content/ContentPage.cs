namespace SafeguardingPortal.Content;

public enum PageLayout
{
    Page,
    Home,
    WhoToCall,
    Posters,
    Poster,
}

public enum TranslationStatus
{
    Draft,
    Reviewed,
}

/// <param name="Artwork">The artwork's address on this site, or null while the placeholder is shown.</param>
public sealed record PosterDetails(int Number, string? Quote, string Theme, string ArtworkDescription, bool ConcernsChildren, string? Artwork = null);

/// <summary>One parsed, validated and rendered Markdown file.</summary>
public sealed record ContentPage(
    string SourceFile,
    string Path,
    string Language,
    string Title,
    string Summary,
    Audience Audience,
    string Phase,
    DateOnly? PublishFrom,
    DateOnly? PublishUntil,
    int? NavigationOrder,
    TranslationStatus? TranslationStatus,
    PageLayout Layout,
    PosterDetails? Poster,
    RenderedMarkdown Body)
{
    public bool IsDraftTranslation => TranslationStatus == Content.TranslationStatus.Draft;
}
