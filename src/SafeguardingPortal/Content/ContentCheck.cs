namespace SafeguardingPortal.Content;

/// <summary>
/// The content check: the loader's own problems, internal links that lead nowhere, and the content the
/// campaign must have (<see cref="RequiredContent"/>). Run at start-up, in the tests and on its own.
/// </summary>
public static class ContentCheck
{
    /// <param name="isAppRoute">Whether a site path is served by a page of the app rather than by content.</param>
    public static IReadOnlyList<ContentProblem> Run(ContentSnapshot snapshot, Func<string, bool> isAppRoute) =>
    [
        .. snapshot.Problems,
        .. BrokenLinks(snapshot, isAppRoute),
        .. RequiredContent.Check(snapshot),
    ];

    private static IEnumerable<ContentProblem> BrokenLinks(ContentSnapshot snapshot, Func<string, bool> isAppRoute)
    {
        var contentPaths = snapshot.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var bodies = snapshot.Pages.Select(p => (File: p.SourceFile, p.Body))
            .Concat(snapshot.Courses.SelectMany(c => c.Chapters.Select(ch => (File: $"training/{c.Slug}/{ch.SourceFile}", ch.Body))))
            .Concat(snapshot.ChampionResources.Select(r => (File: $"champions/resources/{r.SourceFile}", r.Body)))
            .Concat(snapshot.DepartmentRoutes.Values.Select(r => (File: $"departments/{r.SourceFile}", r.Body)));
        foreach (var page in bodies)
        {
            foreach (var link in page.Body.Links.Where(SafeUrl.IsInternal))
            {
                var path = link.Split('#', '?')[0];
                if (path.Length == 0)
                {
                    continue;
                }

                if (!path.StartsWith('/'))
                {
                    yield return new ContentProblem(page.File, $"link '{link}' must be a path from the site root, starting with '/'");
                }
                else if (!contentPaths.Contains(path.TrimEnd('/') is "" ? "/" : path.TrimEnd('/')) && !isAppRoute(path))
                {
                    yield return new ContentProblem(page.File, $"broken link '{link}': no page at {path}");
                }
            }
        }
    }
}
