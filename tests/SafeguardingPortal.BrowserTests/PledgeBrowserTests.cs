using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// The pledge in Chromium: a staff member pledges in three page loads and downloads a card Chromium really rendered;
/// a member of the public pledges in Bengali, appears on the wall anonymously only by opting in, and withdraws; the
/// follow-up page. axe on every page.
/// </summary>
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
        var text = await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
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

    [Fact]
    public async Task The_public_pledge_in_Bengali_appear_on_the_wall_anonymously_and_withdraw()
    {
        var action = $"I will save the number {Guid.NewGuid():N}";
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/bn/pledge");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("আপনার নিজের পদক্ষেপ (ঐচ্ছিক)").FillAsync(action);
        await page.GetByLabel("আমার অঙ্গীকার অঙ্গীকারের দেয়ালে যোগ করুন").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "আমার অঙ্গীকার করুন" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("আপনার Notice the Signs অঙ্গীকার");
        var confirmation = page.Url;

        await page.GotoAsync("/pledge/wall");
        await Accessibility.AssertNoViolationsAsync(page);
        var entry = page.Locator("#wall li", new() { HasText = action });
        await Assertions.Expect(entry).ToContainTextAsync("a member of the public");

        await page.GotoAsync(confirmation);
        await page.GetByRole(AriaRole.Button, new() { Name = "আমার অঙ্গীকার প্রত্যাহার করুন" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("আপনি আপনার অঙ্গীকার প্রত্যাহার করেছেন");
        await page.GotoAsync("/pledge/wall");
        await Assertions.Expect(entry).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_follow_up_page_with_an_emailed_answer_and_after_answering()
    {
        var page = await browser.NewPageAsync();
        var action = $"Learn the route {Guid.NewGuid():N}";
        await page.GotoAsync("/pledge");
        await page.GetByLabel("Your own action (optional)").FillAsync(action);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my pledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your Notice the Signs pledge");

        string token;
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var pledge = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Pledge>().SingleAsync(p => p.PersonalAction == action);
            token = scope.ServiceProvider.GetRequiredService<PledgeService>().FollowUpTokenFor(pledge);
        }

        await page.GotoAsync($"/pledge/follow-up/{token}?answer=not-yet");
        await Assertions.Expect(page.GetByLabel("Not yet")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Yes, I have").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#answer-recorded")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Yes, I have")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task<string> HrefAsync(IPage page, string linkText) =>
        (await page.GetByRole(AriaRole.Link, new() { Name = linkText }).GetAttributeAsync("href"))!;
}
