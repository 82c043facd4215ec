using SafeguardingPortal.Content;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Campaign;

[Collection(SharedPortal.Name)]
public class BengaliPagesTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    [Theory]
    [InlineData("/bn")]
    [InlineData("/bn/signs-of-abuse/children")]
    [InlineData("/bn/signs-of-abuse/adults")]
    [InlineData("/bn/who-to-call")]
    [InlineData("/bn/posters")]
    [InlineData("/bn/posters/4")]
    public async Task Get_BengaliPage_IsInBengali(string url)
    {
        var page = await client.GetDocumentAsync(url);

        Assert.Equal("bn", page.DocumentElement.GetAttribute("lang"));
        Assert.True(RequiredContent.HasBengaliScript(page.Heading()), page.Heading());
        Assert.True(RequiredContent.HasBengaliScript(page.MainText()));
    }

    [Fact]
    public async Task Get_BengaliPage_LinksStayInBengali()
    {
        var page = await client.GetDocumentAsync("/bn");

        Assert.NotNull(page.QuerySelector("a[href='/bn/who-to-call']"));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal(200, (int)(await client.GetAsync(stylesheet)).StatusCode);
    }

    [Fact]
    public async Task Get_BengaliPage_HasABengaliFrame()
    {
        var page = await client.GetDocumentAsync("/bn/signs-of-abuse/children");

        Assert.Equal("/bn/", page.QuerySelector(".nts-header__wordmark")!.GetAttribute("href"));
        Assert.True(RequiredContent.HasBengaliScript(page.QuerySelector(".govuk-skip-link")!.TextContent));
        Assert.True(RequiredContent.HasBengaliScript(page.QuerySelector(".nts-emergency-banner")!.TextContent));
        Assert.Contains("আপনি কি লক্ষণগুলো লক্ষ্য করেছেন?", await client.GetStringAsync("/bn"));
    }

    [Fact]
    public async Task Get_LanguageSwitcher_LinksToTheSamePageInTheOtherLanguage()
    {
        var english = await client.GetDocumentAsync("/signs-of-abuse/adults");
        var bengali = await client.GetDocumentAsync("/bn/signs-of-abuse/adults");

        var toBengali = english.QuerySelector("a[hreflang='bn']")!;
        Assert.Equal("/bn/signs-of-abuse/adults", toBengali.GetAttribute("href"));
        Assert.Equal("bn", toBengali.GetAttribute("lang"));
        Assert.Equal("/signs-of-abuse/adults", bengali.QuerySelector("a[hreflang='en']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AlternateLanguageLink_IsAFullAddress()
    {
        // Search engines (and Lighthouse's SEO audit) ignore an hreflang alternate that is not a full URL.
        var english = await client.GetDocumentAsync("/signs-of-abuse/adults?src=poster-2");

        var alternate = english.QuerySelector("head link[rel='alternate'][hreflang='bn']")!;
        Assert.Equal(new Uri(new Uri("https://portal.test/"), "bn/signs-of-abuse/adults?src=poster-2").ToString(), alternate.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_DraftTranslation_ShowsTheDraftBanner()
    {
        var page = await client.GetDocumentAsync("/bn/who-to-call");

        Assert.NotNull(page.QuerySelector("#draft-translation-title"));
    }

    [Fact]
    public async Task Get_EnglishPage_HasNoDraftBanner() =>
        Assert.Null((await client.GetDocumentAsync("/who-to-call")).QuerySelector("#draft-translation-title"));

    [Fact]
    public async Task Get_UntranslatedPage_FallsBackToEnglishAndSaysSo()
    {
        var page = await client.GetDocumentAsync("/bn/staff/responsibilities");

        Assert.Equal("Your safeguarding responsibilities as a member of staff", page.Heading());
        Assert.NotNull(page.QuerySelector("main [lang='en']"));
        Assert.NotNull(page.QuerySelector("main .govuk-inset-text"));
    }
}
