using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Issue 6's acceptance: a champion completes the champion course and opens the champion resources, which another
/// staff member cannot (403); axe on the resource list, a resource and both refusals.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChampionResourcesBrowserTests(BrowserFixture browser)
{
    private const string ChampionCourse = "champion-running-a-briefing";

    private Course Course => browser.Portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(ChampionCourse)!;

    [Fact]
    public async Task A_champion_completes_the_champion_course_and_opens_the_resources_that_other_staff_cannot()
    {
        var champion = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);
        var page = await PageAsAsync(champion);

        // Before the course: the 403 that says how to unlock the resources.
        var locked = await page.GotoAsync("/champions/resources");
        Assert.Equal(403, locked!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#champion-course").ClickAsync();
        await page.Locator($"#course-{ChampionCourse} [data-continue]").ClickAsync();
        foreach (var chapter in Course.Chapters)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, $"/training/{ChampionCourse}/{chapter.Slug}").AbsoluteUri);
            await page.Locator("main form button[type=submit]").ClickAsync();
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Knowledge check");
        var names = await page.Locator("main fieldset input").EvaluateAllAsync<string[]>("inputs => [...new Set(inputs.map(i => i.name))]");
        foreach (var question in names.Select(name => Course.Questions.Single(q => CheckModel.FieldName(q) == name)))
        {
            foreach (var option in question.CorrectOptions)
            {
                await page.Locator($"#{CheckModel.FieldName(question)}-{option}").CheckAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You passed");

        await page.Locator("#champion-resources-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Champion resources");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign-in sheet" }).ClickAsync();
        await Assertions.Expect(page.Locator("main table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#reporting-route")).ToContainTextAsync("999");
        await Accessibility.AssertNoViolationsAsync(page);

        var colleague = await PageAsAsync(await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]));
        var refused = await colleague.GotoAsync("/champions/resources/sign-in-sheet");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(colleague.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        await Accessibility.AssertNoViolationsAsync(colleague);
    }

    private async Task<IPage> PageAsAsync(PortalUser user)
    {
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
