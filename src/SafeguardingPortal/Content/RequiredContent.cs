namespace SafeguardingPortal.Content;

/// <summary>What the campaign brief says the portal must publish; the content check fails without it.</summary>
public static class RequiredContent
{
    public const string HomeQuestion = "Did you notice the signs?";

    public static readonly IReadOnlyList<string> KeyMessages =
    [
        "high-quality safeguarding services",
        "Everyone shares responsibility for keeping children safe",
        "Safeguarding is everyone's business",
        "not only about physical harm",
        "we need your help",
    ];

    /// <summary>Working Together to Safeguard Children: the four categories plus exploitation and domestic abuse.</summary>
    public static readonly IReadOnlyList<string> ChildCategories =
        ["Physical abuse", "Emotional abuse", "Sexual abuse", "Neglect", "Exploitation", "Domestic abuse"];

    /// <summary>The ten categories of the Care Act 2014 statutory guidance.</summary>
    public static readonly IReadOnlyList<string> CareActCategories =
    [
        "Physical abuse", "Domestic abuse", "Sexual abuse", "Psychological or emotional abuse", "Financial or material abuse",
        "Modern slavery", "Discriminatory abuse", "Organisational abuse", "Neglect and acts of omission", "Self-neglect",
    ];

    public const int PosterCount = 5;

    public static readonly IReadOnlyList<string> EnglishPages =
    [
        "/", "/signs-of-abuse/children", "/signs-of-abuse/adults", "/signs-of-abuse/easy-read", "/what-happens-when-you-report",
        "/who-to-call", "/staff/responsibilities", "/members", "/posters", "/accessibility", "/privacy", "/contact",
    ];

    /// <summary>The public pages that must also be published in Bengali.</summary>
    public static readonly IReadOnlyList<string> BengaliPages =
        ["/", "/signs-of-abuse/children", "/signs-of-abuse/adults", "/who-to-call", "/posters"];

    public static IEnumerable<ContentProblem> Check(ContentSnapshot snapshot)
    {
        foreach (var path in EnglishPages.Where(p => snapshot.Find("en", p) is null))
        {
            yield return Missing("en", path, "required page is missing");
        }

        var home = snapshot.Find("en", "/");
        if (home is not null)
        {
            if (home.Title != HomeQuestion || home.Layout != PageLayout.Home)
            {
                yield return Missing("en", "/", $"the home page must use layout: home and have the title \"{HomeQuestion}\"");
            }

            var text = Normalise(home.Body.Html.Value);
            foreach (var message in KeyMessages.Where(m => !text.Contains(Normalise(m), StringComparison.OrdinalIgnoreCase)))
            {
                yield return Missing("en", "/", $"key message missing: \"{message}\"");
            }
        }

        foreach (var problem in HeadingsPresent(snapshot.Find("en", "/signs-of-abuse/children"), ChildCategories, "Working Together category"))
        {
            yield return problem;
        }

        foreach (var problem in HeadingsPresent(snapshot.Find("en", "/signs-of-abuse/adults"), CareActCategories, "Care Act category"))
        {
            yield return problem;
        }

        var posters = snapshot.Pages.Where(p => p.Language == "en" && p.Layout == PageLayout.Poster).ToList();
        if (posters.Count != PosterCount || Enumerable.Range(1, PosterCount).Any(n => posters.All(p => p.Poster!.Number != n)))
        {
            yield return Missing("en", "/posters", $"there must be exactly {PosterCount} posters, numbered 1 to {PosterCount}");
        }

        if (posters.Count(p => p.Poster!.Quote is not null) != PosterCount - 1)
        {
            yield return Missing("en", "/posters", "one poster carries the headline alone; the other four each carry a first-person line (quote)");
        }

        foreach (var path in BengaliPages)
        {
            var page = snapshot.Find("bn", path);
            if (page is null)
            {
                yield return Missing("bn", path, "required Bengali page is missing");
            }
            else if (!HasBengaliScript(page.Title) || !HasBengaliScript(page.Body.Html.Value))
            {
                yield return Missing("bn", path, "the title and text of a Bengali page must be in Bengali script");
            }
        }
    }

    public static bool HasBengaliScript(string text) => text.Any(c => c is >= '\u0980' and <= '\u09FF');

    private static IEnumerable<ContentProblem> HeadingsPresent(ContentPage? page, IReadOnlyList<string> headings, string what)
    {
        if (page is null)
        {
            yield break;
        }

        foreach (var heading in headings.Where(h => !page.Body.Headings.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new ContentProblem(page.SourceFile, $"{what} missing: a heading \"{heading}\"");
        }
    }

    // Typographic apostrophes and HTML-encoded ones count the same as a plain apostrophe.
    private static string Normalise(string text) =>
        text.Replace("&#39;", "'", StringComparison.Ordinal).Replace('\u2019', '\'');

    private static ContentProblem Missing(string language, string path, string message) =>
        new($"{language}{(path == "/" ? "/index" : path)}.md", message);
}
