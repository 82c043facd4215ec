using System.Buffers.Binary;
using Microsoft.Playwright;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.BrowserTests;

[Collection(SharedBrowser.Name)]
public class CampaignJourneyTests(BrowserFixture browser)
{
    /// <summary>One of each page type the foundation serves, English and Bengali, pages and documents.</summary>
    public static TheoryData<string> PageTypes =>
    [
        "/",
        "/signs-of-abuse/children",
        "/signs-of-abuse/adults",
        "/signs-of-abuse/easy-read",
        "/who-to-call",
        "/posters",
        "/posters/2",
        "/posters/2/print",
        "/posters/2/print/screen",
        "/report",
        "/account/sign-in",
        "/bn",
        "/bn/signs-of-abuse/adults",
        "/bn/staff/responsibilities",
        "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task PageType_HasNoAccessibilityViolations(string url)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(url);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ErrorPage_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [FailOnRequestFilter.Header] = "1" });

        var response = await page.GotoAsync("/account/sign-in");

        Assert.Equal(500, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task NarrowScreen_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync(width: 360);

        await page.GotoAsync("/who-to-call");

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Resident_FindsTheSignsAndWhoToCall_WithJavaScriptOff()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Signs of abuse of children" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Signs of abuse of children");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Who to call" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("020 7332 3621");
        Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resident_SwitchesToBengaliAndBack()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/signs-of-abuse/adults");

        await page.Locator("nav a[hreflang='bn']").ClickAsync();
        Assert.EndsWith("/bn/signs-of-abuse/adults", page.Url, StringComparison.Ordinal);
        Assert.Equal("bn", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator("nav a[hreflang='en']").ClickAsync();
        Assert.EndsWith("/signs-of-abuse/adults", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screenshots_OfTheHomePageAndAPoster()
    {
        var folder = Directory.CreateDirectory(RepositoryRoot.Combine("artifacts", "screenshots")).FullName;
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        var home = await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "home.png"), FullPage = true });
        await page.GotoAsync("/posters/2");
        var poster = await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "poster-2.png"), FullPage = true });

        Assert.True(home.Length > 10_000 && poster.Length > 10_000);
    }

    [Fact]
    public async Task PosterPdf_IsRenderedByChromiumWithTheNumbers()
    {
        using var client = browser.CreateHttpClient();

        using var response = await client.GetAsync("/posters/4/pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Did you notice the", text);
        Assert.Contains("020 7332 1224", text);
        Assert.Contains("999", text);
    }

    [Fact]
    public async Task ScreenSaver_IsA1920By1080PngWhoseQrCodeLeadsToTheReportPage()
    {
        using var client = browser.CreateHttpClient();

        var png = await client.GetByteArrayAsync("/posters/5/screensaver");

        Assert.Equal((1920, 1080), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.Equal("https://portal.test/report?src=poster-5", await Zbar.DecodeAsync(png));
    }
}
