using System.Globalization;
using System.Text.RegularExpressions;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Features.Champions.Resources;

/// <summary>
/// Reads <c>content/champions/resources/NN-slug.md</c> through the content pipeline, in number order, like a course's
/// chapters (docs/content.md, "Champion resources"). A file with any problem is left out and the problem reported.
/// </summary>
public static partial class ChampionResourceLoader
{
    private const string Folder = "champions/resources";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<ChampionResource> Load(IContentFiles files, List<ContentProblem> problems)
    {
        var resources = new List<ChampionResource>();
        foreach (var file in files.FilesIn(Folder, ".md"))
        {
            var name = ContentPath.Name(file);
            var found = new List<string>();
            var resource = Parse(name, files.Read(file), found);
            if (resource is not null && resources.Any(r => r.Number == resource.Number || r.Slug == resource.Slug))
            {
                found.Add($"number {resource.Number:00} or slug '{resource.Slug}' is used twice");
            }

            problems.AddRange(found.Select(message => new ContentProblem($"{Folder}/{name}", message)));
            if (resource is not null && found.Count == 0)
            {
                resources.Add(resource);
            }
        }

        return resources;
    }

    private static ChampionResource? Parse(string name, string text, List<string> problems)
    {
        var match = FilePattern().Match(name);
        if (!match.Success)
        {
            problems.Add("a resource file is named NN-slug.md (two digits, then lower-case words joined by hyphens)");
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

        if (string.IsNullOrWhiteSpace(matter.Title) || string.IsNullOrWhiteSpace(matter.Summary))
        {
            problems.Add("title and summary are required");
        }

        ReviewStatus? status = Enum.TryParse<ReviewStatus>(matter.Status, ignoreCase: true, out var parsed) && !int.TryParse(matter.Status, out _) ? parsed : null;
        if (status is null)
        {
            problems.Add($"unknown status '{matter.Status}' (allowed: draft|reviewed)");
        }

        var rendered = MarkdownRenderer.Render(body);
        problems.AddRange(rendered.RemovedLinks.Select(link => $"unsafe link removed: '{link}'"));

        return problems.Count > 0 ? null : new ChampionResource(
            int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["slug"].Value, matter.Title!, matter.Summary!, status!.Value, name, rendered);
    }

    [GeneratedRegex("^(?<number>[0-9]{2})-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\\.md$")]
    private static partial Regex FilePattern();

    private sealed class FrontMatter
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Status { get; set; }
    }
}
