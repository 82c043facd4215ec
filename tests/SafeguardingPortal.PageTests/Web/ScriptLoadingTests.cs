using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// What a page's JavaScript costs a first visit (bench/lighthouse.sh weighs every public page type against 60 KB):
/// each script is downloaded once. A module reached under two addresses (the layout's fingerprinted one and an
/// import's plain one) is downloaded and evaluated twice.
/// </summary>
[Collection(SharedPortal.Name)]
public partial class ScriptLoadingTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/report/immediate-danger")]
    [InlineData("/bn/signs-of-abuse/adults")]
    public async Task EveryModuleThePageLoads_IsDownloadedOnce(string url)
    {
        var document = await client.GetDocumentAsync(url);
        var page = new Uri(client.BaseAddress!, url);
        var pending = new Queue<Uri>(document.QuerySelectorAll("script[type=module][src]").Select(s => s.GetAttribute("src"))
            .Concat(document.QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")))
            .Select(src => new Uri(page, src)));
        var addresses = new Dictionary<string, List<string>>();
        var seen = new HashSet<Uri>();

        // The module graph as a browser walks it, preloads included: each address is one download.
        while (pending.TryDequeue(out var module))
        {
            if (!seen.Add(module))
            {
                continue;
            }

            var body = await client.GetByteArrayAsync(module);
            var hash = Convert.ToHexString(SHA256.HashData(body));
            addresses.TryAdd(hash, []);
            addresses[hash].Add(module.AbsolutePath);
            foreach (Match import in StaticImport().Matches(System.Text.Encoding.UTF8.GetString(body)))
            {
                pending.Enqueue(new Uri(module, import.Groups["specifier"].Value));
            }
        }

        Assert.Contains(addresses.Values, a => a.Any(path => path.Contains("govuk-frontend", StringComparison.Ordinal)));
        Assert.All(addresses.Values, a => Assert.True(a.Count == 1, $"downloaded {a.Count} times: {string.Join(", ", a)}"));
    }

    [GeneratedRegex("""(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*['"](?<specifier>[^'"]+)['"]|(?:^|[;\n])\s*import\s*['"](?<specifier>[^'"]+)['"]""")]
    private static partial Regex StaticImport();
}
