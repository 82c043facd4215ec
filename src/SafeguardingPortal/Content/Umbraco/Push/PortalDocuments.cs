using System.Globalization;
using System.Text.Json.Nodes;
using SafeguardingPortal.Features.Training;
using Types = SafeguardingPortal.Content.Umbraco.Push.PortalDocumentTypes;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Lays the content snapshot out as Umbraco documents (docs/umbraco.md): the home page is the start item, every other
/// page sits below it at its route (a Bengali file is the <c>bn</c> variant of the English page's document), route
/// segments without a page are folders, and the phases, courses (chapters below them, questions in a block list),
/// departments' routes and champion resources each sit in a folder below the home page. Markdown goes as written,
/// read again from the source files, since the snapshot holds it rendered.
/// </summary>
public static class PortalDocuments
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    public static IReadOnlyList<DocumentSpec> From(ContentSnapshot snapshot, IContentFiles files, IReadOnlyDictionary<string, string> cultures, string startItem)
    {
        var documents = new List<DocumentSpec>();
        var byPath = snapshot.Pages.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Language == Languages.English.Code ? 0 : 1).ToList());
        if (!byPath.ContainsKey("/"))
        {
            throw new InvalidOperationException("The content has no home page (pages/en/index.md), which is the start item of everything else.");
        }

        // Parents before children: by depth, then by path for a stable order.
        var routes = byPath.Keys.SelectMany(Prefixes).Distinct().OrderBy(Depth).ThenBy(p => p, StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var parent = route == "/" ? (Guid?)null : PageId(ParentOf(route));
            var segment = route == "/" ? startItem : route[(route.LastIndexOf('/') + 1)..];
            if (byPath.TryGetValue(route, out var pages))
            {
                documents.Add(Page(route, parent, segment, pages, files, cultures));
            }
            else
            {
                var languages = byPath.Where(p => p.Key.StartsWith(route + "/", StringComparison.Ordinal)).SelectMany(p => p.Value).Select(p => p.Language).Distinct();
                documents.Add(new DocumentSpec(PageKey(route), DocumentTypeAliases.Folder, parent,
                    [.. languages.OrderBy(l => l == Languages.English.Code ? 0 : 1).Select(l => new DocumentVariant(cultures[l], segment, [(Types.UrlName, segment)]))]));
            }
        }

        var phases = GroupFolder("campaign-phases", "Campaign phases", cultures);
        var courses = GroupFolder("training", "Training courses", cultures);
        var departments = GroupFolder("departments", "Departments' reporting routes", cultures);
        var resources = GroupFolder("champion-resources", "Champion resources", cultures);
        documents.Add(phases);
        documents.AddRange(snapshot.Phases.Select(phase => Invariant($"phase:{phase.Id}", DocumentTypeAliases.Phase, phases.Id, phase.Name,
            ("phaseId", phase.Id), ("audience", Lower(phase.Audience)), ("start", Date(phase.Start)), ("end", Date(phase.End)), ("headline", phase.Headline))));
        documents.Add(courses);
        documents.AddRange(snapshot.Courses.SelectMany(course => Course(course, courses.Id, files)));
        documents.Add(departments);
        documents.AddRange(snapshot.DepartmentRoutes.Values.OrderBy(r => r.Slug, StringComparer.Ordinal).Select(r => Invariant($"department:{r.Slug}", DocumentTypeAliases.DepartmentRoute, departments.Id, r.Title,
            ("department", r.Slug), ("poster", r.Poster), ("status", Lower(r.Status)), ("body", Markdown(files, $"departments/{r.SourceFile}")))));
        documents.Add(resources);
        documents.AddRange(snapshot.ChampionResources.Select(r => Invariant($"champion-resource:{r.Slug}", DocumentTypeAliases.ChampionResource, resources.Id, r.Title,
            ("number", r.Number), ("resourceSlug", r.Slug), ("summary", r.Summary), ("status", Lower(r.Status)), ("body", Markdown(files, $"champions/resources/{r.SourceFile}")))));
        return documents;
    }

    public static string PageKey(string route) => $"page:{route}";

    private static Guid PageId(string route) => StableId.For(PageKey(route));

    private static DocumentSpec Page(string route, Guid? parent, string segment, List<ContentPage> pages, IContentFiles files, IReadOnlyDictionary<string, string> cultures)
    {
        var first = pages[0];
        var type = first.Layout == PageLayout.Poster ? DocumentTypeAliases.Poster
            : first.Layout != PageLayout.Page || first.Phase != CampaignPhase.Evergreen ? DocumentTypeAliases.CampaignPage
            : DocumentTypeAliases.GuidancePage;
        return new DocumentSpec(PageKey(route), type, parent, [.. pages.Select(page => new DocumentVariant(cultures[page.Language], page.Title, PageValues(type, segment, page, files)))]);
    }

    private static List<(string, JsonNode?)> PageValues(string type, string segment, ContentPage page, IContentFiles files)
    {
        var values = new List<(string, JsonNode?)>
        {
            (Types.UrlName, segment),
            ("title", page.Title),
            ("summary", page.Summary),
            ("audience", Lower(page.Audience)),
            ("phase", page.Phase),
            ("publishFrom", Date(page.PublishFrom)),
            ("publishUntil", Date(page.PublishUntil)),
            ("navigationOrder", page.NavigationOrder),
            ("translationStatus", page.TranslationStatus is { } status ? Lower(status) : null),
            ("body", Markdown(files, $"pages/{page.SourceFile}")),
        };
        if (type == DocumentTypeAliases.CampaignPage)
        {
            values.Add(("layout", page.Layout == PageLayout.WhoToCall ? "who-to-call" : Lower(page.Layout)));
        }

        if (page.Poster is { } poster)
        {
            values.AddRange([("posterNumber", poster.Number), ("quote", poster.Quote), ("theme", poster.Theme),
                ("artworkDescription", poster.ArtworkDescription), ("concernsChildren", poster.ConcernsChildren)]);
        }

        return [.. values.Where(v => v.Item2 is not null)];
    }

    /// <summary>A folder below the home page for what has no route of its own; English only, as what it holds is.</summary>
    private static DocumentSpec GroupFolder(string segment, string name, IReadOnlyDictionary<string, string> cultures) =>
        new($"folder:{segment}", DocumentTypeAliases.Folder, PageId("/"), [new DocumentVariant(cultures[Languages.English.Code], name, [(Types.UrlName, segment)])]);

    private static IEnumerable<DocumentSpec> Course(Course course, Guid parent, IContentFiles files)
    {
        var key = $"course:{course.Slug}";
        var level = course.Level switch { CourseLevel.Level1 => "1", CourseLevel.Level2 => "2", _ => "champion" };
        var audience = course.Audience == CourseAudience.ContactRole ? "contact-role" : Lower(course.Audience);
        yield return Invariant(key, DocumentTypeAliases.Course, parent, course.Title,
            ("slug", course.Slug), ("summary", course.Summary), ("level", level), ("audience", audience), ("passMark", course.PassMark),
            ("validityYears", course.ValidityYears), ("status", Lower(course.Status)), ("questions", QuestionBlocks(course)));
        foreach (var chapter in course.Chapters)
        {
            yield return Invariant($"chapter:{course.Slug}/{chapter.Slug}", DocumentTypeAliases.Chapter, StableId.For(key), chapter.Title,
                ("number", chapter.Number), ("chapterSlug", chapter.Slug), ("status", Lower(chapter.Status)),
                ("body", Markdown(files, $"training/{course.Slug}/{chapter.SourceFile}")));
        }
    }

    private static JsonObject QuestionBlocks(Course course) => BlockList(DocumentTypeAliases.Question, course.Questions.Select(q => (
        $"question:{course.Slug}/{q.Id}",
        new (string, Editor, JsonNode?)[]
        {
            ("questionId", Editor.Text, q.Id), ("text", Editor.TextArea, q.Text), ("kind", Editor.Text, q.Kind == QuestionKind.OneAnswer ? "single" : "multiple"),
            ("chapter", Editor.Text, q.Chapter), ("status", Editor.Text, Lower(q.Status)),
            ("options", Editor.AnswerOptions, BlockList(DocumentTypeAliases.AnswerOption, q.Options.Select((o, i) => (
                $"option:{course.Slug}/{q.Id}/{i + 1}",
                new (string, Editor, JsonNode?)[] { ("text", Editor.TextArea, o.Text), ("correct", Editor.Flag, o.Correct), ("feedback", Editor.TextArea, o.Feedback) })))),
        })));

    /// <summary>A Block List value as the Management API takes it: layout, content data, no settings, each block exposed.</summary>
    private static JsonObject BlockList(string elementAlias, IEnumerable<(string Key, (string Alias, Editor Editor, JsonNode? Value)[] Values)> blocks)
    {
        var element = Types.Get(elementAlias).Id.ToString();
        var list = blocks.Select(b => (Key: StableId.For(b.Key).ToString(), b.Values)).ToList();
        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray([.. list.Select(b => (JsonNode)new JsonObject { ["contentKey"] = b.Key })]) },
            ["contentData"] = new JsonArray([.. list.Select(b => (JsonNode)new JsonObject
            {
                ["key"] = b.Key,
                ["contentTypeKey"] = element,
                ["values"] = new JsonArray([.. b.Values.Select(v => (JsonNode)new JsonObject
                {
                    ["alias"] = v.Alias,
                    ["culture"] = null,
                    ["segment"] = null,
                    ["editorAlias"] = Types.DataTypes.Single(d => d.Editor == v.Editor).EditorAlias,
                    ["value"] = v.Value,
                })]),
            })]),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray([.. list.Select(b => (JsonNode)new JsonObject { ["contentKey"] = b.Key, ["culture"] = null, ["segment"] = null })]),
        };
    }

    private static DocumentSpec Invariant(string key, string type, Guid? parent, string name, params (string Alias, JsonNode? Value)[] values) =>
        new(key, type, parent, [new DocumentVariant(null, name, [.. values.Where(v => v.Value is not null)])]);

    private static string Markdown(IContentFiles files, string path) => ContentParser.Split(files.Read(path).ReplaceLineEndings("\n")).Body;

    private static string? Date(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue).ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static IEnumerable<string> Prefixes(string route)
    {
        yield return "/";
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= segments.Length; i++)
        {
            yield return "/" + string.Join('/', segments[..i]);
        }
    }

    private static string ParentOf(string route) => route.LastIndexOf('/') is var at and > 0 ? route[..at] : "/";

    private static int Depth(string route) => route == "/" ? 0 : route.Count(c => c == '/');
}
