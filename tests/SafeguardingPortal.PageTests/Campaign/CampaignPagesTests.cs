using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Campaign;

[Collection(SharedPortal.Name)]
public class CampaignPagesTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    [Theory]
    [InlineData("/", "Did you notice the signs?")]
    [InlineData("/signs-of-abuse/children", "Signs of abuse of children")]
    [InlineData("/signs-of-abuse/adults", "Signs of abuse of adults at risk")]
    [InlineData("/signs-of-abuse/easy-read", "Signs of abuse: easy read")]
    [InlineData("/who-to-call", "Who to call")]
    [InlineData("/what-happens-when-you-report", "What happens when you report a concern")]
    [InlineData("/staff/responsibilities", "Your safeguarding responsibilities as a member of staff")]
    [InlineData("/members", "Information for elected Members")]
    [InlineData("/posters", "Campaign posters")]
    [InlineData("/report", "Report a concern about a child or an adult")]
    public async Task Get_CampaignPage_ShowsItsTitle(string url, string heading)
    {
        var page = await client.GetDocumentAsync(url);

        Assert.Equal(heading, page.Heading());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(heading, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Home_ShowsKeyMessagesRunningPhasesAndNumbers()
    {
        var text = (await client.GetDocumentAsync("/")).MainText().Replace('’', '\'');

        foreach (var message in RequiredContent.KeyMessages)
        {
            Assert.Contains(message, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Safeguarding Adults Week 2026", text);
        Assert.Contains("Notice the Signs 2026 to 2027", text);
        Assert.DoesNotContain("Residents' campaign 2014", text);
        Assert.Contains("020 7332 1224", text);
    }

    [Fact]
    public async Task Get_SignsOfAbuseOfAdults_HasTheTenCareActCategories()
    {
        var page = await client.GetDocumentAsync("/signs-of-abuse/adults");
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.All(RequiredContent.CareActCategories, category => Assert.Contains(category, headings));
        Assert.Equal("govuk-heading-l", page.QuerySelector("main h2")!.ClassName);
    }

    [Fact]
    public async Task Get_WhoToCall_ListsNumbersAndHoursFromReferenceData()
    {
        var text = (await client.GetDocumentAsync("/who-to-call")).MainText();

        Assert.Contains("999", text);
        Assert.Contains("020 7332 3621", text);
        Assert.Contains("020 8356 2710", text);
        Assert.Contains("020 8356 8855", text);
        Assert.Contains("020 7332 1215", text);
        Assert.Contains("0808 800 5000", text);
        Assert.Contains("09:00", text);
    }

    [Fact]
    public async Task Get_Posters_ListsFiveWithDownloads()
    {
        var page = await client.GetDocumentAsync("/posters");

        for (var n = 1; n <= 5; n++)
        {
            Assert.NotNull(page.QuerySelector($"a[href='/posters/{n}']"));
            Assert.NotNull(page.QuerySelector($"a[href='/posters/{n}/pdf']"));
            Assert.NotNull(page.QuerySelector($"a[href='/posters/{n}/screensaver']"));
        }
    }

    [Fact]
    public async Task Get_Poster_ShowsQuoteNumbersAndQrCode()
    {
        var page = await client.GetDocumentAsync("/posters/2");
        var poster = page.QuerySelector(".nts-poster")!;

        Assert.Contains("Did you notice the signs?", poster.TextContent);
        Assert.NotNull(poster.QuerySelector(".nts-poster__quote"));
        Assert.Contains("020 7332 1224", poster.TextContent);
        Assert.Contains("999", poster.TextContent);
        var qr = poster.QuerySelector("img.nts-poster__qr")!;
        Assert.Equal("/posters/2/qrcode", qr.GetAttribute("src"));
        Assert.Contains("https://portal.test/report?src=poster-2", qr.GetAttribute("alt"));
        Assert.NotNull(poster.QuerySelector(".nts-poster__partner"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Get_PosterQrCode_DecodesToTheReportPageWithItsSource(int number)
    {
        var png = await client.GetByteArrayAsync($"/posters/{number}/qrcode");

        Assert.Equal($"https://portal.test/report?src=poster-{number}", await Zbar.DecodeAsync(png));
    }

    [Fact]
    public async Task Get_PosterPdf_WithoutARenderer_FallsBackToThePrintPage()
    {
        // The page-test host has no listening socket for Chromium to load the template from.
        using var response = await client.GetAsync("/posters/3/pdf");

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/posters/3/print?unavailable=true", response.Headers.Location!.OriginalString);
        var print = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.NotNull(print.QuerySelector(".nts-poster"));
        Assert.NotNull(print.QuerySelector(".govuk-notification-banner"));
    }

    [Fact]
    public async Task Get_ScreenSaverTemplate_UsesTheScreenLayout()
    {
        var page = await client.GetDocumentAsync("/posters/3/print/screen");

        Assert.NotNull(page.QuerySelector("article.nts-screensaver"));
    }

    [Theory]
    [InlineData("/posters/6")]
    [InlineData("/posters/0/qrcode")]
    [InlineData("/no-such-page")]
    [InlineData("/posters/2/print/huge")]
    public async Task Get_UnknownPage_Is404(string url) => await client.GetDocumentAsync(url, 404);

    [Fact]
    public async Task Get_ContentStatus_ListsDraftTranslations_ToContentEditors()
    {
        var editor = await TestUsers.CreateAsync(portal, roles: [(PortalRole.ContentEditor, null)]);
        var page = await portal.ClientFor(editor).GetDocumentAsync("/content-status");

        Assert.Contains("content/pages/bn/signs-of-abuse/children.md", page.MainText());
    }
}
