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

    public static ContentSnapshot Load(string contentRoot) => Load(new FolderContentFiles(contentRoot));

    public static ContentSnapshot Load(IContentFiles source)
    {
        var problems = new List<ContentProblem>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new HashedReads(source, hash);

        const string PhasesFile = "phases.yml";
        var phases = files.FileExists(PhasesFile) ? LoadPhases(files.Read(PhasesFile), problems) : [];
        if (!files.FileExists(PhasesFile))
        {
            problems.Add(new ContentProblem(PhasesFile, "missing"));
        }

        var phaseIds = phases.Select(p => p.Id).ToHashSet();
        var pages = new List<ContentPage>();
        foreach (var file in files.FilesIn("pages", ".md", recursive: true))
        {
            var (page, pageProblems) = ContentParser.Parse(file["pages/".Length..], files.Read(file), phaseIds);
            problems.AddRange(pageProblems);
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        if (pages.Count == 0)
        {
            problems.Add(new ContentProblem("pages", $"no pages found in {source.Origin}"));
        }

        var courses = CourseLoader.Load(files, problems);
        var championResources = ChampionResourceLoader.Load(files, problems);
        var departmentRoutes = DepartmentRouteLoader.Load(files, problems);

        return new ContentSnapshot(phases, pages, problems, Convert.ToHexString(hash.GetHashAndReset())[..16], courses, championResources, departmentRoutes, source.Origin);
    }

    /// <summary>Hashes every file read into the content version, so rendered documents are cached per version.</summary>
    private sealed class HashedReads(IContentFiles inner, IncrementalHash hash) : IContentFiles
    {
        public string Origin => inner.Origin;

        public bool FileExists(string path) => inner.FileExists(path);

        public bool FolderExists(string path) => inner.FolderExists(path);

        public IReadOnlyList<string> FilesIn(string folder, string extension, bool recursive = false) => inner.FilesIn(folder, extension, recursive);

        public IReadOnlyList<string> FoldersIn(string folder) => inner.FoldersIn(folder);

        public string Read(string path)
        {
            var text = inner.Read(path);
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + text));
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
