using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using static SafeguardingPortal.Content.Umbraco.DocumentTypeAliases;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// Lays Umbraco's published documents out as the files of <c>content/</c> (docs/umbraco.md): front matter from the
/// properties, the body from the Markdown or rich-text property. Pure, so the mapping is tested on its own; the
/// content loader then parses and checks the files exactly as it does the folder.
/// </summary>
public static class DeliveryFiles
{
    /// <summary>The folders the documents replace; everything else (reference data, strings) stays the folder's.</summary>
    public static readonly IReadOnlyList<string> Folders = ["phases.yml", "pages", "training", "departments", "champions/resources"];

    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    /// <param name="documents">Every published document per portal language ("en", "bn").</param>
    /// <param name="media">The portal's own address of a media item (by id and Umbraco URL) it has fetched, or null (then the placeholder artwork shows).</param>
    /// <returns>The files by path, and a note for each document or block the portal does not know (to be logged).</returns>
    public static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Skipped) For(
        IReadOnlyDictionary<string, IReadOnlyList<DeliveryItem>> documents, Func<Guid, string, string?>? media = null)
    {
        media ??= (_, _) => null;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var english = documents.GetValueOrDefault(Languages.English.Code) ?? [];
        files["phases.yml"] = Yaml.Serialize(new { phases = english.Where(d => d.ContentType == Phase).OrderBy(d => d.Date("start")).Select(PhaseEntry).ToList() });

        foreach (var (language, items) in documents)
        {
            foreach (var item in items)
            {
                switch (item.ContentType)
                {
                    case Phase or Folder:
                        break;
                    case CampaignPage or GuidancePage or Poster:
                        files[$"pages/{language}/{PagePath(item.RoutePath)}"] = Page(item, language, media);
                        break;
                    case Course or Chapter or DepartmentRoute or ChampionResource when language != Languages.English.Code:
                        break; // Training and the champions' materials are English only, as in content/.
                    case Course:
                        AddCourse(item, items, files, skipped);
                        break;
                    case Chapter:
                        break; // Written with its course.
                    case DepartmentRoute:
                        files[$"departments/{item.Text("department")}.md"] = Markdown(new() { ["title"] = item.Name, ["poster"] = item.Text("poster"), ["status"] = item.Text("status") }, item.Text("body"));
                        break;
                    case ChampionResource:
                        files[$"champions/resources/{item.Number("number") ?? 0:00}-{item.Text("resourceSlug")}.md"] =
                            Markdown(new() { ["title"] = item.Name, ["summary"] = item.Text("summary"), ["status"] = item.Text("status") }, item.Text("body"));
                        break;
                    default:
                        skipped.Add($"document type '{item.ContentType}' ({item.Id}) is not one the portal shows");
                        break;
                }
            }
        }

        return (files, skipped);
    }

    /// <summary>The route <c>/signs-of-abuse/children/</c> is the file <c>signs-of-abuse/children/index.md</c>; the start item's own route is <c>index.md</c>.</summary>
    public static string PagePath(string route)
    {
        var trimmed = route.Trim('/');
        return trimmed.Length == 0 ? "index.md" : $"{trimmed}/index.md";
    }

    private static object PhaseEntry(DeliveryItem phase) => new Dictionary<string, string?>
    {
        ["id"] = phase.Text("phaseId"),
        ["name"] = phase.Name,
        ["audience"] = phase.Text("audience"),
        ["start"] = Day(phase.Date("start")),
        ["end"] = Day(phase.Date("end")),
        ["headline"] = phase.Text("headline"),
    };

    private static string Page(DeliveryItem page, string language, Func<Guid, string, string?> media)
    {
        var matter = new Dictionary<string, object?>
        {
            ["title"] = page.Text("title") ?? page.Name,
            ["summary"] = page.Text("summary"),
            ["audience"] = page.Text("audience"),
            ["language"] = language,
            ["phase"] = page.Text("phase"),
            ["publishFrom"] = Day(page.Date("publishFrom")),
            ["publishUntil"] = Day(page.Date("publishUntil")),
            ["navigationOrder"] = page.Number("navigationOrder"),
            ["translationStatus"] = language == Languages.English.Code ? null : page.Text("translationStatus"),
            ["layout"] = page.ContentType == Poster ? "poster" : page.ContentType == CampaignPage ? page.Text("layout") : null,
        };
        if (page.ContentType == Poster)
        {
            matter["posterNumber"] = page.Number("posterNumber");
            matter["quote"] = page.Text("quote");
            matter["theme"] = page.Text("theme");
            matter["artworkDescription"] = page.Text("artworkDescription");
            matter["concernsChildren"] = page.Flag("concernsChildren");
            matter["artwork"] = page.Image("artwork") is { } image ? media(image.Id, image.Url) : null;
        }

        // Rich text is HTML: the parser runs it through the allow-list instead of Markdig.
        if (page.Text("body") is null && page.Markup("richBody") is { } markup)
        {
            matter["format"] = "html";
            return Markdown(matter, markup);
        }

        return Markdown(matter, page.Text("body"));
    }

    private static void AddCourse(DeliveryItem course, IReadOnlyList<DeliveryItem> all, Dictionary<string, string> files, List<string> skipped)
    {
        var folder = $"training/{course.Text("slug")}";
        files[$"{folder}/course.md"] = Markdown(new()
        {
            ["title"] = course.Name,
            ["summary"] = course.Text("summary"),
            ["level"] = course.Text("level"),
            ["audience"] = course.Text("audience"),
            ["passMark"] = course.Number("passMark"),
            ["validityYears"] = course.Number("validityYears"),
            ["status"] = course.Text("status"),
        }, null);

        foreach (var chapter in all.Where(d => d.ContentType == Chapter && d.RoutePath.StartsWith(course.RoutePath, StringComparison.Ordinal)))
        {
            files[$"{folder}/{chapter.Number("number") ?? 0:00}-{chapter.Text("chapterSlug")}.md"] =
                Markdown(new() { ["title"] = chapter.Name, ["status"] = chapter.Text("status") }, chapter.Text("body"));
        }

        var questions = new List<object>();
        foreach (var block in course.Blocks("questions"))
        {
            if (block.ContentType != Question)
            {
                skipped.Add($"block '{block.ContentType}' in the questions of '{course.Name}' is not one the portal knows");
                continue;
            }

            var q = block.Values;
            questions.Add(new Dictionary<string, object?>
            {
                ["id"] = q.Text("questionId"),
                ["text"] = q.Text("text"),
                ["kind"] = q.Text("kind"),
                ["chapter"] = q.Text("chapter"),
                ["status"] = q.Text("status"),
                ["options"] = q.Blocks("options").Where(o => o.ContentType == AnswerOption).Select(o => new Dictionary<string, object?>
                {
                    ["text"] = o.Values.Text("text"),
                    ["correct"] = o.Values.Flag("correct") ?? false,
                    ["feedback"] = o.Values.Text("feedback"),
                }).ToList(),
            });
        }

        files[$"{folder}/questions.yml"] = Yaml.Serialize(new { questions });
    }

    private static string Markdown(Dictionary<string, object?> matter, string? body) =>
        $"---\n{Yaml.Serialize(matter.Where(m => m.Value is not null).ToDictionary(m => m.Key, m => m.Value))}---\n{body}";

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
