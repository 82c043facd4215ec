using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>The pledge in Chromium: a staff member pledges in three page loads and downloads a card Chromium really rendered.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PledgeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_pledge_in_three_page_loads_and_download_the_card()
    {
        var staff = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = staff.Id.ToString() });
        var loads = 0;
        page.Request += (_, request) => loads += request.ResourceType == "document" ? 1 : 0;

        await page.GotoAsync("/pledge");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your own action (optional)").FillAsync("I will save the number in my phone");
        await page.GetByLabel("Add my pledge to the pledge wall").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my pledge" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your Notice the Signs pledge");
        Assert.Equal(3, loads);
        await Accessibility.AssertNoViolationsAsync(page);

        using var client = browser.CreateHttpClient();
        var png = await client.GetByteArrayAsync(await HrefAsync(page, "Download the card for social media"));
        Assert.Equal((1080, 1080), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.Equal("https://portal.test/report?src=pledge-card", await Zbar.DecodeAsync(png));

        using var pdf = await client.GetAsync(await HrefAsync(page, "Download the card to print"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = await PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Test Staff", text, StringComparison.Ordinal);
        Assert.Contains("020 7332 1224", text, StringComparison.Ordinal);
        Assert.Contains("I will save the number in my phone", text, StringComparison.Ordinal);

        // The card's own pages pass axe too: the print page and the square picture's.
        var card = await HrefAsync(page, "Print-ready page");
        foreach (var url in (string[])[card, card + "/square"])
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    private static async Task<string> HrefAsync(IPage page, string linkText) =>
        (await page.GetByRole(AriaRole.Link, new() { Name = linkText }).GetAttributeAsync("href"))!;

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nts-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
