using SafeguardingPortal.Content;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Content;

/// <summary>The content check against copies of the real content/ folder with one thing broken each time.</summary>
public sealed class ContentCheckTests : IDisposable
{
    private static readonly Func<string, bool> AppRoutes = path => path is "/report";
    private readonly ContentCopy copy = new();

    public void Dispose() => copy.Dispose();

    private IReadOnlyList<ContentProblem> Check() => ContentCheck.Run(ContentLoader.Load(copy.Path), AppRoutes);

    private string PageFile(string relative) => copy.File("pages", relative);

    private void Edit(string relative, Func<string, string> change) => copy.Edit(Path.Combine("pages", relative), change);

    [Fact]
    public void Check_RepositoryContent_Passes() => Assert.Empty(Check());

    [Fact]
    public void Check_BrokenInternalLink_Fails()
    {
        Edit("en/contact.md", text => text + "\n\nSee [the old page](/no-such-page).\n");

        Assert.Contains(Check(), p => p.File == "en/contact.md" && p.Message.StartsWith("broken link '/no-such-page'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnsafeLink_Fails()
    {
        Edit("en/contact.md", text => text + "\n\n[Click](javascript:alert(1))\n");

        Assert.Contains(Check(), p => p.Message.StartsWith("unsafe link removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingCareActCategory_Fails()
    {
        Edit("en/signs-of-abuse/adults.md", text => text.Replace("## Self-neglect", "## Looking after yourself", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message == "Care Act category missing: a heading \"Self-neglect\"");
    }

    [Fact]
    public void Check_MissingWorkingTogetherCategory_Fails()
    {
        Edit("en/signs-of-abuse/children.md", text => text.Replace("## Exploitation", "## Other harm", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message == "Working Together category missing: a heading \"Exploitation\"");
    }

    [Fact]
    public void Check_MissingKeyMessage_Fails()
    {
        Edit("en/index.md", text => text.Replace("everyone's business", "a shared task", StringComparison.OrdinalIgnoreCase).Replace("everyone’s business", "a shared task", StringComparison.OrdinalIgnoreCase));

        Assert.Contains(Check(), p => p.Message == "key message missing: \"Safeguarding is everyone's business\"");
    }

    [Fact]
    public void Check_MissingPoster_Fails()
    {
        File.Delete(PageFile("en/posters/5.md"));

        Assert.Contains(Check(), p => p.Message.StartsWith("there must be exactly 5 posters", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BengaliPageWithoutBengaliScript_Fails()
    {
        var text = File.ReadAllText(PageFile("bn/who-to-call.md"));
        var frontMatterEnd = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(PageFile("bn/who-to-call.md"), text[..frontMatterEnd] + "Only English words here.\n");

        Assert.Contains(Check(), p => p.File == "bn/who-to-call.md" && p.Message.Contains("Bengali script", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingBengaliPage_Fails()
    {
        File.Delete(PageFile("bn/posters/index.md"));

        Assert.Contains(Check(), p => p.Message == "required Bengali page is missing");
    }

    [Fact]
    public void Check_UnknownPhaseInFrontMatter_Fails()
    {
        Edit("en/campaigns/safeguarding-adults-week-2026.md", text => text.Replace("phase: safeguarding-adults-week-2026", "phase: adults-week", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.Message.StartsWith("unknown phase 'adults-week'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PhasesFileWithBadDates_Fails()
    {
        copy.Edit("phases.yml", text => text.Replace("end: 2014-08-08", "end: 2013-08-08", StringComparison.Ordinal));

        Assert.Contains(Check(), p => p.File == "phases.yml" && p.Message.Contains("start first", StringComparison.Ordinal));
    }

}
