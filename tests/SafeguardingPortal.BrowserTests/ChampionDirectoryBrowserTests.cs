using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Issue 7, Build 1 in a browser: a member of staff searches the champions directory, opens their department's
/// noticeboard poster (whose A4 PDF Chromium renders with the champion's name) and a champion is checked publicly;
/// axe on all three pages.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChampionDirectoryBrowserTests(BrowserFixture browser)
{
    private const string Department = "community-and-childrens-services";

    [Fact]
    public async Task Staff_find_their_champion_print_the_noticeboard_poster_and_anyone_can_check_the_champion()
    {
        var champion = await TestUsers.CreateAsync(browser.Portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        var code = await CertifyAsync(champion);
        var staff = await TestUsers.CreateAsync(browser.Portal, department: "town-clerks", roles: [(PortalRole.Staff, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = staff.Id.ToString() });

        await page.GotoAsync("/champions");
        await Assertions.Expect(page.Locator("#departments > section").First).ToHaveIdAsync("department-town-clerks");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Search by department name").FillAsync("children");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#departments > section")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#not-active-{Department}")).ToContainTextAsync(champion.DisplayName);

        await page.Locator($"#poster-{Department}").ClickAsync();
        await Assertions.Expect(page.Locator("#poster-champions")).ToContainTextAsync(champion.DisplayName);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal("https://portal.test/report?src=noticeboard", await Zbar.DecodeAsync(await page.Locator("#poster-qr").ScreenshotAsync()));

        using var client = browser.CreateHttpClient();
        client.DefaultRequestHeaders.Add(TestSignIn.Header, staff.Id.ToString());
        using var pdf = await client.GetAsync($"/champions/{Department}/poster/Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        // pdftotext breaks the poster's large type into lines.
        var text = string.Join(' ', (await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync())).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Our safeguarding champions", text, StringComparison.Ordinal);
        Assert.Contains(champion.DisplayName, text, StringComparison.Ordinal);

        var anonymous = await browser.NewPageAsync();
        await anonymous.GotoAsync($"/champions/verify/{code}");
        await Assertions.Expect(anonymous.Locator("#name")).ToHaveTextAsync(champion.DisplayName);
        await Assertions.Expect(anonymous.Locator($"#department-{Department}")).ToContainTextAsync("Not currently active");
        await Accessibility.AssertNoViolationsAsync(anonymous);
    }

    private async Task<string> CertifyAsync(PortalUser user)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = LondonTime.Today(browser.Portal.Time);
        var certificate = new Certificate
        {
            Id = Guid.NewGuid(),
            Code = CertificateCodes.New(),
            UserId = user.Id,
            AttemptId = Guid.NewGuid(),
            HolderName = user.DisplayName,
            Course = "champion-running-a-briefing",
            CourseTitle = "Safeguarding champion: running a briefing",
            Level = "Champion",
            CompletedOn = today,
            ExpiresOn = today.AddYears(3),
            Score = 90,
        };
        db.Add(certificate);
        await db.SaveChangesAsync();
        return certificate.Code;
    }
}
