namespace SafeguardingPortal.Content;

/// <summary>The YAML at the top of a content file, as written (docs/content.md). Validated by <see cref="ContentParser"/>.</summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Audience { get; set; }
    public string? Language { get; set; }
    public string? Phase { get; set; }
    public string? PublishFrom { get; set; }
    public string? PublishUntil { get; set; }
    public int? NavigationOrder { get; set; }
    public string? TranslationStatus { get; set; }
    public string? Layout { get; set; }
    public int? PosterNumber { get; set; }
    public string? Quote { get; set; }
    public string? Theme { get; set; }
    public string? ArtworkDescription { get; set; }
    public bool? ConcernsChildren { get; set; }

    /// <summary>A poster's artwork, an image on this site; without it the placeholder is shown.</summary>
    public string? Artwork { get; set; }

    /// <summary>markdown (the default) or html: rich text from a CMS, run through the allow-list instead of Markdig.</summary>
    public string? Format { get; set; }
}
