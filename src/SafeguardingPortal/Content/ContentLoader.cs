using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SafeguardingPortal.Features.Champions.Finder;
using SafeguardingPortal.Features.Champions.Resources;
using SafeguardingPortal.Features.Training;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Content;

/// <summary>
/// Reads <c>content/phases.yml</c>, every page under <c>content/pages/</c>, the courses under <c>content/training/</c>
/// the champion resources under <c>content/champions/resources/</c> and the departments' reporting routes under
/// <c>content/departments/</c> into a snapshot.
/// </summary>
public static class ContentLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static ContentSnapshot Load(string contentRoot)
    {
        var problems = new List<ContentProblem>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        var phasesFile = Path.Combine(contentRoot, "phases.yml");
        var phases = File.Exists(phasesFile) ? LoadPhases(ReadHashed(phasesFile), problems) : [];
        if (!File.Exists(phasesFile))
        {
            problems.Add(new ContentProblem("phases.yml", "missing"));
        }

        var phaseIds = phases.Select(p => p.Id).ToHashSet();
        var pagesRoot = Path.Combine(contentRoot, "pages");
        var pages = new List<ContentPage>();
        IEnumerable<string> files = Directory.Exists(pagesRoot)
            ? Directory.EnumerateFiles(pagesRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(pagesRoot, file).Replace('\\', '/');
            var (page, pageProblems) = ContentParser.Parse(relative, ReadHashed(file), phaseIds);
            problems.AddRange(pageProblems);
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        if (pages.Count == 0)
        {
            problems.Add(new ContentProblem("pages", $"no pages found under {pagesRoot}"));
        }

        var courses = CourseLoader.Load(Path.Combine(contentRoot, "training"), ReadHashed, problems);
        var championResources = ChampionResourceLoader.Load(Path.Combine(contentRoot, "champions", "resources"), ReadHashed, problems);
        var departmentRoutes = DepartmentRouteLoader.Load(contentRoot, ReadHashed, problems);

        return new ContentSnapshot(phases, pages, problems, Convert.ToHexString(hash.GetHashAndReset())[..16], courses, championResources, departmentRoutes);

        string ReadHashed(string file)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n" + text));
            return text;
        }
    }

    private static List<CampaignPhase> LoadPhases(string text, List<ContentProblem> problems)
    {
        PhasesFile parsed;
        try
        {
            parsed = Yaml.Deserialize<PhasesFile>(text) ?? new PhasesFile();
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem("phases.yml", $"not valid: {ex.Message}"));
            return [];
        }

        var phases = new List<CampaignPhase>();
        foreach (var p in parsed.Phases)
        {
            var where = $"phase '{p.Id}'";
            if (string.IsNullOrWhiteSpace(p.Id) || string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.Headline))
            {
                problems.Add(new ContentProblem("phases.yml", $"{where}: id, name and headline are required"));
            }
            else if (!Enum.TryParse<Audience>(p.Audience, true, out var audience) || int.TryParse(p.Audience, out _))
            {
                problems.Add(new ContentProblem("phases.yml", $"{where}: unknown audience '{p.Audience}' (public|staff|all)"));
            }
            else if (!TryDate(p.Start, out var start) || !TryDate(p.End, out var end) || end < start)
            {
                problems.Add(new ContentProblem("phases.yml", $"{where}: start and end must be dates (yyyy-MM-dd), start first"));
            }
            else if (p.Id == CampaignPhase.Evergreen || phases.Any(x => x.Id == p.Id))
            {
                problems.Add(new ContentProblem("phases.yml", $"{where}: the id must be unique and not '{CampaignPhase.Evergreen}'"));
            }
            else
            {
                phases.Add(new CampaignPhase(p.Id, p.Name, audience, start, end, p.Headline));
            }
        }

        return phases;
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed class PhasesFile
    {
        public string? Version { get; set; }
        public string? Owner { get; set; }
        public string? LastVerified { get; set; }
        public List<PhaseEntry> Phases { get; set; } = [];
    }

    private sealed class PhaseEntry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Audience { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }
        public string Headline { get; set; } = "";
    }
}
