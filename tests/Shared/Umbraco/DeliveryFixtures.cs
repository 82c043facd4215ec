using System.Text.Json.Nodes;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Testing;

/// <summary>
/// The portal's own content, written as the Content Delivery API v2 would return it from an Umbraco site set up as
/// docs/umbraco.md says: one item per document and language, properties named as the front matter. Written from the
/// files of <c>content/</c> here, independently of the portal's reader, so a test can feed the reader and compare.
/// </summary>
public static class DeliveryFixtures
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The items by portal language ("en", "bn").</summary>
    public static Dictionary<string, List<JsonObject>> From(string contentRoot)
    {
        var items = new Dictionary<string, List<JsonObject>> { ["en"] = [], ["bn"] = [] };
        var phases = Yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(Path.Combine(contentRoot, "phases.yml")));
        foreach (Dictionary<object, object> phase in (List<object>)phases["phases"])
        {
            items["en"].Add(Item("ntsCampaignPhase", (string)phase["name"], $"/campaign-phases/{phase["id"]}/", new JsonObject
            {
                ["phaseId"] = (string)phase["id"],
                ["audience"] = (string)phase["audience"],
                ["start"] = $"{phase["start"]}T00:00:00",
                ["end"] = $"{phase["end"]}T00:00:00",
                ["headline"] = (string)phase["headline"],
            }));
        }

        foreach (var language in items.Keys)
        {
            var folder = Path.Combine(contentRoot, "pages", language);
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
            {
                var (matter, body) = Split(File.ReadAllText(file));
                var route = Path.GetRelativePath(folder, file).Replace('\\', '/')[..^".md".Length];
                route = route == "index" ? "/" : route.EndsWith("/index", StringComparison.Ordinal) ? $"/{route[..^"/index".Length]}/" : $"/{route}/";
                var layout = matter.GetValueOrDefault("layout") as string;
                var type = layout == "poster" ? "ntsPoster" : layout is null or "page" ? "ntsGuidancePage" : "ntsCampaignPage";
                var properties = new JsonObject { ["body"] = body };
                foreach (var (key, value) in matter.Where(m => m.Key is not ("language" or "layout" or "title")))
                {
                    properties[key] = Value(key, value);
                }

                properties["title"] = (string)matter["title"];
                if (type == "ntsCampaignPage")
                {
                    properties["layout"] = layout;
                }

                items[language].Add(Item(type, (string)matter["title"], route, properties));
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(contentRoot, "departments"), "*.md"))
        {
            var (matter, body) = Split(File.ReadAllText(file));
            items["en"].Add(Item("ntsDepartmentRoute", (string)matter["title"], $"/departments/{Path.GetFileNameWithoutExtension(file)}/", new JsonObject
            {
                ["department"] = Path.GetFileNameWithoutExtension(file),
                ["poster"] = (string)matter["poster"],
                ["status"] = (string)matter["status"],
                ["body"] = body,
            }));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(contentRoot, "champions", "resources"), "*.md"))
        {
            var (matter, body) = Split(File.ReadAllText(file));
            var name = Path.GetFileNameWithoutExtension(file);
            items["en"].Add(Item("ntsChampionResource", (string)matter["title"], $"/champion-resources/{name[3..]}/", new JsonObject
            {
                ["number"] = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture),
                ["resourceSlug"] = name[3..],
                ["summary"] = (string)matter["summary"],
                ["status"] = (string)matter["status"],
                ["body"] = body,
            }));
        }

        foreach (var course in Directory.EnumerateDirectories(Path.Combine(contentRoot, "training")))
        {
            AddCourse(course, items["en"]);
        }

        return items;
    }

    private static void AddCourse(string folder, List<JsonObject> items)
    {
        var slug = Path.GetFileName(folder);
        var (settings, _) = Split(File.ReadAllText(Path.Combine(folder, "course.md")));
        var bank = Yaml.Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(File.ReadAllText(Path.Combine(folder, "questions.yml")));
        var questions = new JsonArray();
        foreach (var q in bank["questions"])
        {
            var options = new JsonArray();
            foreach (Dictionary<object, object> o in (List<object>)q["options"])
            {
                options.Add(Block("ntsAnswerOption", new JsonObject { ["text"] = (string)o["text"], ["correct"] = (string)o["correct"] == "true", ["feedback"] = (string)o["feedback"] }));
            }

            questions.Add(Block("ntsQuestion", new JsonObject
            {
                ["questionId"] = (string)q["id"],
                ["text"] = (string)q["text"],
                ["kind"] = (string)q["kind"],
                ["chapter"] = (string)q["chapter"],
                ["status"] = (string)q["status"],
                ["options"] = new JsonObject { ["items"] = options },
            }));
        }

        var route = $"/training/{slug}/";
        var properties = new JsonObject { ["slug"] = slug, ["questions"] = new JsonObject { ["items"] = questions } };
        foreach (var (key, value) in settings.Where(m => m.Key is not ("title" or "draw")))
        {
            properties[key] = Value(key, value);
        }

        items.Add(Item("ntsTrainingCourse", (string)settings["title"], route, properties));
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Where(f => Path.GetFileName(f) != "course.md"))
        {
            var (matter, body) = Split(File.ReadAllText(file));
            var name = Path.GetFileNameWithoutExtension(file);
            items.Add(Item("ntsTrainingChapter", (string)matter["title"], $"{route}{name[3..]}/", new JsonObject
            {
                ["number"] = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture),
                ["chapterSlug"] = name[3..],
                ["status"] = (string)matter["status"],
                ["body"] = body,
            }));
        }
    }

    /// <summary>Numbers and true/false as the API sends them, dates as Umbraco's Date Picker does (no offset), the rest as text.</summary>
    private static JsonNode? Value(string key, object value) => key switch
    {
        "navigationOrder" or "posterNumber" or "passMark" or "validityYears" => int.Parse((string)value, System.Globalization.CultureInfo.InvariantCulture),
        "concernsChildren" => (string)value == "true",
        "publishFrom" or "publishUntil" => $"{value}T00:00:00",
        _ => (string)value,
    };

    private static JsonObject Item(string type, string name, string route, JsonObject properties) => new()
    {
        ["contentType"] = type,
        ["name"] = name,
        ["createDate"] = "2026-11-01T09:00:00.0000000",
        ["updateDate"] = "2026-11-20T09:00:00.0000000",
        ["route"] = new JsonObject { ["path"] = route, ["startItem"] = new JsonObject { ["id"] = StartItemId.ToString(), ["path"] = "notice-the-signs" } },
        ["id"] = IdFor(type + route).ToString(),
        ["properties"] = properties,
        ["cultures"] = new JsonObject(),
    };

    public static readonly Guid StartItemId = new("5c8823f6-6442-4d04-9c14-000000000001");

    private static JsonObject Block(string type, JsonObject properties) => new()
    {
        ["content"] = new JsonObject { ["contentType"] = type, ["id"] = Guid.NewGuid().ToString(), ["properties"] = properties },
        ["settings"] = null,
    };

    /// <summary>The same id for the same document in every language and every run, as Umbraco keeps one key per document.</summary>
    public static Guid IdFor(string key) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))[..16]);

    private static (Dictionary<string, object> Matter, string Body) Split(string text)
    {
        text = text.ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return (Yaml.Deserialize<Dictionary<string, object>>(text[4..end]), text[(end + 5)..]);
    }
}
