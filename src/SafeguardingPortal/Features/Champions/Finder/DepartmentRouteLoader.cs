using System.Text.RegularExpressions;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// Reads <c>content/departments/&lt;slug&gt;.md</c> through the content pipeline (docs/content.md, "Departments' reporting
/// routes"). Every department in <c>content/reference/departments.yml</c> must have a page and no page may name another
/// slug, so the directory never shows a department without its route. A file with any problem is left out and reported.
/// </summary>
public static partial class DepartmentRouteLoader
{
    private const string Folder = "departments";

    /// <summary>What fits on the A4 noticeboard poster beside the champions' names at the poster's type size.</summary>
    public const int PosterMaxLength = 300;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <param name="files">The content tree, holding <c>departments/</c> and <c>reference/departments.yml</c>.</param>
    public static IReadOnlyList<DepartmentRoute> Load(IContentFiles files, List<ContentProblem> problems)
    {
        var departments = Departments(files, problems);
        var routeFiles = files.FilesIn(Folder, ".md");

        var routes = new List<DepartmentRoute>();
        foreach (var file in routeFiles)
        {
            var name = ContentPath.Name(file);
            var found = new List<string>();
            var route = Parse(name, files.Read(file), departments, found);
            problems.AddRange(found.Select(message => new ContentProblem($"{Folder}/{name}", message)));
            if (route is not null && found.Count == 0)
            {
                routes.Add(route);
            }
        }

        var named = routeFiles.Select(f => Path.GetFileNameWithoutExtension(ContentPath.Name(f))).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(departments.Where(d => !named.Contains(d))
            .Select(d => new ContentProblem($"{Folder}/{d}.md", $"missing: every department in reference/departments.yml needs its reporting route")));
        return routes;
    }

    private static HashSet<string> Departments(IContentFiles files, List<ContentProblem> problems)
    {
        const string File = "reference/departments.yml";
        try
        {
            return files.FileExists(File)
                ? [.. (Yaml.Deserialize<DepartmentsFile>(files.Read(File)) ?? new DepartmentsFile()).Departments.Select(d => d.Slug)]
                : [];
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem("reference/departments.yml", $"not valid: {ex.Message}"));
            return [];
        }
    }

    private static DepartmentRoute? Parse(string name, string text, HashSet<string> departments, List<string> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(name);
        if (!SlugPattern().IsMatch(slug) || !departments.Contains(slug))
        {
            problems.Add($"unknown department '{slug}': the file name must be a slug from reference/departments.yml");
            return null;
        }

        var (yaml, body) = ContentParser.Split(text.ReplaceLineEndings("\n"));
        if (yaml is null)
        {
            problems.Add("missing front matter (the file must start with a line '---', the YAML, and another '---')");
            return null;
        }

        FrontMatter matter;
        try
        {
            matter = Yaml.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            problems.Add($"front matter is not valid: {ex.Message}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(matter.Title) || string.IsNullOrWhiteSpace(matter.Poster))
        {
            problems.Add("title and poster (the route in a sentence or two, for the noticeboard poster) are required");
        }
        else if (matter.Poster.Length > PosterMaxLength)
        {
            problems.Add($"poster is {matter.Poster.Length} characters: at most {PosterMaxLength} fit on the A4 poster");
        }

        ReviewStatus? status = Enum.TryParse<ReviewStatus>(matter.Status, ignoreCase: true, out var parsed) && !int.TryParse(matter.Status, out _) ? parsed : null;
        if (status is null)
        {
            problems.Add($"unknown status '{matter.Status}' (allowed: draft|reviewed)");
        }

        var rendered = MarkdownRenderer.Render(body);
        problems.AddRange(rendered.RemovedLinks.Select(link => $"unsafe link removed: '{link}'"));

        return problems.Count > 0 ? null : new DepartmentRoute(slug, matter.Title!, matter.Poster!.Trim(), status!.Value, name, rendered);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    private sealed class FrontMatter
    {
        public string? Title { get; set; }
        public string? Poster { get; set; }
        public string? Status { get; set; }
    }

    private sealed class DepartmentsFile
    {
        public List<DepartmentEntry> Departments { get; set; } = [];
    }

    private sealed class DepartmentEntry
    {
        public string Slug { get; set; } = "";
    }
}
