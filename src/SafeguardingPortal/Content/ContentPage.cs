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

public sealed record PosterDetails(int Number, string? Quote, string Theme, string ArtworkDescription, bool ConcernsChildren);

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
