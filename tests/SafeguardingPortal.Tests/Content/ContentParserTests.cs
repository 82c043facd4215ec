using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

public class ContentParserTests
{
    private static readonly HashSet<string> Phases = ["residents-2014"];

    private static (ContentPage? Page, IReadOnlyList<ContentProblem> Problems) Parse(string frontMatter, string file = "en/guide.md", string body = "Text.") =>
        ContentParser.Parse(file, $"---\n{frontMatter}\n---\n{body}", Phases);

    private const string Valid = "title: A guide\nsummary: What it is.\naudience: public\nlanguage: en\nphase: evergreen";

    [Fact]
    public void Parse_ValidPage_HasEveryField()
    {
        var (page, problems) = Parse(Valid + "\npublishFrom: 2026-01-01\npublishUntil: 2026-12-31\nnavigationOrder: 3\nlayout: who-to-call", "en/help/guide.md");

        Assert.Empty(problems);
        Assert.Equal("/help/guide", page!.Path);
        Assert.Equal("A guide", page.Title);
        Assert.Equal(Audience.Public, page.Audience);
        Assert.Equal(new DateOnly(2026, 1, 1), page.PublishFrom);
        Assert.Equal(new DateOnly(2026, 12, 31), page.PublishUntil);
        Assert.Equal(3, page.NavigationOrder);
        Assert.Equal(PageLayout.WhoToCall, page.Layout);
        Assert.Contains("govuk-body", page.Body.Html.Value);
    }

    [Theory]
    [InlineData("en/index.md", "/")]
    [InlineData("en/posters/index.md", "/posters")]
    [InlineData("bn/signs-of-abuse/children.md", "/signs-of-abuse/children")]
    public void PathOf_MapsFilesToUrls(string file, string path) => Assert.Equal(path, ContentParser.PathOf(file));

    [Fact]
    public void Parse_NoFrontMatter_IsAProblem() =>
        Assert.Contains("missing front matter", ContentParser.Parse("en/x.md", "# Just text", Phases).Problems.Single().Message);

    [Theory]
    [InlineData("title", "missing title")]
    [InlineData("summary", "missing summary")]
    [InlineData("audience", "missing audience")]
    [InlineData("language", "missing language")]
    [InlineData("phase", "missing phase")]
    public void Parse_MissingRequiredField_IsAProblem(string field, string message)
    {
        var matter = string.Join('\n', Valid.Split('\n').Where(line => !line.StartsWith(field + ":", StringComparison.Ordinal)));

        var (page, problems) = Parse(matter);

        Assert.Null(page);
        Assert.Contains(problems, p => p.Message == message);
    }

    [Theory]
    [InlineData("audience: residents", "unknown audience 'residents'")]
    [InlineData("audience: 1", "unknown audience '1'")]
    [InlineData("language: fr", "unknown language 'fr'")]
    [InlineData("phase: summer-2030", "unknown phase 'summer-2030'")]
    [InlineData("layout: fancy", "unknown layout")]
    [InlineData("publishFrom: next week", "publishFrom 'next week' is not a date")]
    [InlineData("translationStatus: done", "unknown translationStatus 'done'")]
    [InlineData("colour: red", "front matter is not valid")]
    public void Parse_UnknownValue_IsAProblem(string line, string message)
    {
        var key = line.Split(':')[0];
        var matter = string.Join('\n', Valid.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).Append(line));

        var (_, problems) = Parse(matter);

        Assert.Contains(problems, p => p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_KnownPhase_IsAccepted() => Assert.Empty(Parse(Valid.Replace("evergreen", "residents-2014")).Problems);

    [Fact]
    public void Parse_LanguageMustMatchFolder() =>
        Assert.Contains(Parse(Valid, "bn/guide.md").Problems, p => p.Message.Contains("does not match its folder"));

    [Fact]
    public void Parse_TranslationWithoutStatus_IsAProblem() =>
        Assert.Contains(Parse(Valid.Replace("language: en", "language: bn"), "bn/guide.md").Problems, p => p.Message.StartsWith("translationStatus", StringComparison.Ordinal));

    [Fact]
    public void Parse_DraftTranslation_IsMarkedDraft()
    {
        var (page, problems) = Parse(Valid.Replace("language: en", "language: bn") + "\ntranslationStatus: draft", "bn/guide.md");

        Assert.Empty(problems);
        Assert.True(page!.IsDraftTranslation);
    }

    [Fact]
    public void Parse_UnsafeLinkInBody_IsAProblem() =>
        Assert.Contains(Parse(Valid, body: "[x](javascript:alert(1))").Problems, p => p.Message.StartsWith("unsafe link removed", StringComparison.Ordinal));

    [Fact]
    public void Parse_PosterNeedsItsFields()
    {
        var poster = Valid + "\nlayout: poster\nposterNumber: 2\ntheme: Neglect\nartworkDescription: A child.\nconcernsChildren: true\nquote: I'm hungry.";

        Assert.Equal(new PosterDetails(2, "I'm hungry.", "Neglect", "A child.", true), Parse(poster, "en/posters/2.md").Page!.Poster);
        Assert.NotEmpty(Parse(poster, "en/posters/3.md").Problems);
        Assert.NotEmpty(Parse(poster.Replace("theme: Neglect\n", ""), "en/posters/2.md").Problems);
    }
}
