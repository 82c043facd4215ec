using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Content;

/// <summary>Turns one Markdown file with front matter into a <see cref="ContentPage"/>, or says what is wrong with it.</summary>
public static class ContentParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <param name="relativeFile">The file's path below <c>content/pages</c>, with forward slashes: <c>en/signs-of-abuse/children.md</c>.</param>
    public static (ContentPage? Page, IReadOnlyList<ContentProblem> Problems) Parse(
        string relativeFile, string text, IReadOnlySet<string> phaseIds)
    {
        var problems = new List<ContentProblem>();
        void Problem(string message) => problems.Add(new ContentProblem(relativeFile, message));

        var (yaml, body) = Split(text.ReplaceLineEndings("\n"));
        if (yaml is null)
        {
            Problem("missing front matter (the file must start with a line '---', the YAML, and another '---')");
            return (null, problems);
        }

        FrontMatter matter;
        try
        {
            matter = Yaml.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            Problem($"front matter is not valid: {ex.Message}");
            return (null, problems);
        }

        var folderLanguage = relativeFile.Split('/')[0];
        var path = PathOf(relativeFile);

        Require(matter.Title, "title");
        Require(matter.Summary, "summary");
        var audience = ParseEnum<Audience>(matter.Audience, "audience", "public|staff|all");
        var layout = matter.Layout is null ? PageLayout.Page : ParseEnum<PageLayout>(matter.Layout.Replace("-", "", StringComparison.Ordinal), "layout", "page|home|who-to-call|posters|poster");

        if (Require(matter.Language, "language") && Languages.Find(matter.Language) is null)
        {
            Problem($"unknown language '{matter.Language}' (known: {string.Join(", ", Languages.All.Select(l => l.Code))})");
        }
        else if (matter.Language is not null && matter.Language != folderLanguage)
        {
            Problem($"language '{matter.Language}' does not match its folder '{folderLanguage}'");
        }

        if (Require(matter.Phase, "phase") && matter.Phase != CampaignPhase.Evergreen && !phaseIds.Contains(matter.Phase!))
        {
            Problem($"unknown phase '{matter.Phase}' (use '{CampaignPhase.Evergreen}' or a phase id from phases.yml)");
        }

        var publishFrom = ParseDate(matter.PublishFrom, "publishFrom");
        var publishUntil = ParseDate(matter.PublishUntil, "publishUntil");
        if (publishFrom > publishUntil)
        {
            Problem("publishFrom is after publishUntil");
        }

        TranslationStatus? translation = null;
        if (matter.TranslationStatus is not null)
        {
            translation = ParseEnum<TranslationStatus>(matter.TranslationStatus, "translationStatus", "draft|reviewed");
        }
        else if (matter.Language is not null && matter.Language != Languages.English.Code)
        {
            Problem("translationStatus (draft|reviewed) is required on a translation");
        }

        var poster = layout == PageLayout.Poster ? ParsePoster(matter, path, Problem) : null;
        var html = matter.Format == "html";
        if (matter.Format is not (null or "markdown" or "html"))
        {
            Problem($"unknown format '{matter.Format}' (markdown|html)");
        }

        // Markdown in content/ is reviewed like code, so an unsafe link fails the check; rich text published from a
        // CMS is shown with the link removed (inert) rather than taking the page down.
        var rendered = html ? RichTextRenderer.Render(body) : MarkdownRenderer.Render(body);
        if (!html)
        {
            problems.AddRange(rendered.RemovedLinks.Select(l => new ContentProblem(relativeFile, $"unsafe link removed: '{l}'")));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ContentPage(relativeFile, path, matter.Language!, matter.Title!, matter.Summary!, audience!.Value,
            matter.Phase!, publishFrom, publishUntil, matter.NavigationOrder, translation, layout!.Value, poster, rendered), problems);

        bool Require(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return true;
            }

            Problem($"missing {field}");
            return false;
        }

        T? ParseEnum<T>(string? value, string field, string allowed)
            where T : struct, Enum
        {
            if (!Require(value, field))
            {
                return null;
            }

            if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _))
            {
                return parsed;
            }

            Problem($"unknown {field} '{value}' (allowed: {allowed})");
            return null;
        }

        DateOnly? ParseDate(string? value, string field)
        {
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem($"{field} '{value}' is not a date (yyyy-MM-dd)");
            return null;
        }
    }

    /// <summary><c>en/index.md</c> → <c>/</c>; <c>en/posters/index.md</c> → <c>/posters</c>; <c>en/signs-of-abuse/children.md</c> → <c>/signs-of-abuse/children</c>.</summary>
    public static string PathOf(string relativeFile)
    {
        var withoutLanguage = relativeFile[(relativeFile.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var withoutExtension = withoutLanguage[..^".md".Length];
        var path = withoutExtension == "index" ? string.Empty
            : withoutExtension.EndsWith("/index", StringComparison.Ordinal) ? withoutExtension[..^"/index".Length]
            : withoutExtension;
        return "/" + path;
    }

    private static PosterDetails? ParsePoster(FrontMatter matter, string path, Action<string> problem)
    {
        if (matter.PosterNumber is not { } number || $"/posters/{number}" != path)
        {
            problem($"posterNumber must be given and match the file name ({path})");
            return null;
        }

        if (string.IsNullOrWhiteSpace(matter.Theme) || string.IsNullOrWhiteSpace(matter.ArtworkDescription) || matter.ConcernsChildren is null)
        {
            problem("a poster needs theme, artworkDescription and concernsChildren");
            return null;
        }

        // The artwork is served from the portal's own address (the CSP allows no other), never another site's.
        if (matter.Artwork is not null && (!matter.Artwork.StartsWith('/') || matter.Artwork.StartsWith("//", StringComparison.Ordinal) || !SafeUrl.IsSafeImage(matter.Artwork)))
        {
            problem($"artwork '{matter.Artwork}' must be an image on this site (a path starting with /)");
            return null;
        }

        return new PosterDetails(number, matter.Quote, matter.Theme, matter.ArtworkDescription, matter.ConcernsChildren.Value, matter.Artwork);
    }

    internal static (string? Yaml, string Body) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text);
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return text.EndsWith("\n---", StringComparison.Ordinal) ? (text[4..^4], string.Empty) : (null, text);
        }

        return (text[4..(end + 1)], text[(end + 5)..]);
    }
}
