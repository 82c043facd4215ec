using Microsoft.Playwright;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// The report-a-concern journey in Chromium, checked by axe on every page it passes: the journeys of issue 3's
/// acceptance list, with JavaScript off, and in Bengali.
/// </summary>
[Collection(SharedBrowser.Name)]
public class ReportJourneyBrowserTests(BrowserFixture browser)
{
    private const string Description = "The little boy next door is left alone every evening and looks hungry.";

    /// <summary>axe runs in the page, so it needs JavaScript; the JavaScript-off journey passes the same pages.</summary>
    private bool checkAccessibility = true;

    /// <summary>Checks the page with axe, then answers it and presses its button.</summary>
    private async Task StepAsync(IPage page, Func<IPage, Task> answer)
    {
        await CheckAsync(page);
        await answer(page);
        await page.Locator("main form:not([action$='keep-alive']) button[type=submit]").First.ClickAndWaitForLoadAsync();
    }

    private async Task CheckAsync(IPage page)
    {
        if (checkAccessibility)
        {
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    private Task ChooseAsync(IPage page, string value, string name = "answer") => StepAsync(page, p => p.CheckAsync($"input[name='{name}'][value='{value}']"));

    private Task ContinueAsync(IPage page) => StepAsync(page, _ => Task.CompletedTask);

    private async Task<IPage> StartAsync(bool javaScript = true, string language = "")
    {
        browser.Portal.Time.Now = SafeguardingPortal.PageTests.Infrastructure.PortalFactory.DefaultNow;
        checkAccessibility = javaScript;
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync($"{language}/report?src=poster-2");
        await CheckAsync(page);
        await page.Locator("a.govuk-button--start").ClickAndWaitForLoadAsync();
        return page;
    }

    private async Task AboutSomeoneElseAsync(IPage page, string role = "public")
    {
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "yes");
        await ChooseAsync(page, "someoneElse");
        await ChooseAsync(page, role);
    }

    private async Task PersonAsync(IPage page, string age, string postcode, string now, params string[] categories)
    {
        await ChooseAsync(page, "years", "ageKind");
        await StepAsync(page, p => p.FillAsync("#ageYears", age));
        await ChooseAsync(page, "postcode", "homeStatus");
        await StepAsync(page, p => p.FillAsync("#postcode", postcode));
        await ChooseAsync(page, now, "answer");
        await StepAsync(page, async p =>
        {
            foreach (var category in categories)
            {
                await p.CheckAsync($"input[name='categories'][value='{category}']");
            }
        });
    }

    private async Task FinishAsync(IPage page)
    {
        await ChooseAsync(page, "no");
        await StepAsync(page, p => p.FillAsync("#description", Description));
        await ChooseAsync(page, "no");
    }

    private async Task SendAsync(IPage page)
    {
        Assert.EndsWith("/report/check-answers", page.Url, StringComparison.Ordinal);
        browser.Portal.Time.Now += TimeSpan.FromMinutes(6);
        await StepAsync(page, _ => Task.CompletedTask);
        Assert.EndsWith("/report/confirmation", page.Url, StringComparison.Ordinal);
        await CheckAsync(page);
    }

    private static Task<string> MainTextAsync(IPage page) => page.Locator("main").InnerTextAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AResidentReportsANeglectedChildInTheCity_ToTheChildrensTeam(bool javaScript)
    {
        var page = await StartAsync(javaScript);
        await AboutSomeoneElseAsync(page);
        await PersonAsync(page, "7", "EC2V 7HH", "atHome", "neglect");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "no");
        await FinishAsync(page);

        await SendAsync(page);

        var text = await MainTextAsync(page);
        Assert.Matches("NTS-[0-9A-HJKMNP-TV-Z]{8}", text);
        Assert.Contains("We've sent your report to the City of London: Children and Families Team.", text);
        Assert.Contains("A social worker will decide what to do next within one working day", text);
    }

    [Fact]
    public async Task AnAdultAtRiskWithCareNeeds_GoesToAdultSocialCare()
    {
        var page = await StartAsync();
        await AboutSomeoneElseAsync(page);
        await PersonAsync(page, "84", "EC2R 8AH", "atHome", "financial");
        await ChooseAsync(page, "yes");
        await ChooseAsync(page, "dontKnow");
        await ChooseAsync(page, "doesNotKnow");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "noOne");
        await FinishAsync(page);

        await SendAsync(page);

        Assert.Contains("We've sent your report to the City of London: Adult Social Care.", await MainTextAsync(page));
    }

    [Fact]
    public async Task AnAllegationAgainstATeacherInAnotherBorough_SignpostsThatCouncilsLado()
    {
        var page = await StartAsync();
        await AboutSomeoneElseAsync(page);
        await PersonAsync(page, "9", "EC2V 7HH", "atHome", "physical");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "yes");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "no");
        await StepAsync(page, async p =>
        {
            await p.FillAsync("#employerName", "Hilltop Primary School");
            await p.FillAsync("#employerPostcode", "N7 8JL");
        });
        await FinishAsync(page);
        Assert.Equal("Islington is responsible", await page.Locator("h1").InnerTextAsync());
        await ContinueAsync(page);

        await SendAsync(page);

        var text = await MainTextAsync(page);
        Assert.Contains("Local Authority Designated Officer", text);
        Assert.Contains("Islington", text);
    }

    [Fact]
    public async Task AChildLivingInWestminster_ShowsWestminster_AndTheCityPassesItOn()
    {
        var page = await StartAsync();
        await AboutSomeoneElseAsync(page);
        await PersonAsync(page, "8", "SW1A 1AA", "atHome", "neglect");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "noOne");
        await FinishAsync(page);

        Assert.Equal("Westminster is responsible", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("The City of London will pass your report on to Westminster", await MainTextAsync(page));
        await ContinueAsync(page);
        await SendAsync(page);

        Assert.Contains("We're passing your report on to Westminster.", await MainTextAsync(page));
    }

    [Fact]
    public async Task AStraddlingPostcode_AsksWhichCouncil()
    {
        var page = await StartAsync();
        await AboutSomeoneElseAsync(page);
        await ChooseAsync(page, "years", "ageKind");
        await StepAsync(page, p => p.FillAsync("#ageYears", "10"));
        await ChooseAsync(page, "postcode", "homeStatus");
        await StepAsync(page, p => p.FillAsync("#postcode", "EC1M 6BQ"));

        Assert.Equal("Which council area does the person live in?", (await page.Locator("h1").InnerTextAsync()).Trim());
        await ChooseAsync(page, "E09000019", "council");
        await ChooseAsync(page, "atHome");
        await StepAsync(page, p => p.CheckAsync("input[name='categories'][value='neglect']"));
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "noOne");
        await FinishAsync(page);
        await ContinueAsync(page);

        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Contains("Islington", await MainTextAsync(page));
    }

    [Fact]
    public async Task ImmediateDanger_StopsAtTheCall999Page()
    {
        var page = await StartAsync();

        await ChooseAsync(page, "yes");

        Assert.EndsWith("/report/call-999", page.Url, StringComparison.Ordinal);
        Assert.Equal("Call 999 now", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AnError_IsSummarisedAccessibly_AndTheAnswerKept()
    {
        var page = await StartAsync();
        await AboutSomeoneElseAsync(page);

        await ChooseAsync(page, "dateOfBirth", "ageKind");
        await StepAsync(page, async p =>
        {
            await p.FillAsync("#dateOfBirth-day", "31");
            await p.FillAsync("#dateOfBirth-month", "2");
            await p.FillAsync("#dateOfBirth-year", "2015");
        });

        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal("Date of birth must be a real date in the past", (await page.Locator(".govuk-error-summary__list a").InnerTextAsync()).Trim());
        Assert.Equal("31", await page.Locator("#dateOfBirth-day").InputValueAsync());
    }

    [Fact]
    public async Task InBengali_TheJourneyAsksInBengali()
    {
        var page = await StartAsync(language: "/bn");

        Assert.Contains("/bn/report/immediate-danger", page.Url, StringComparison.Ordinal);
        Assert.Equal("bn", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.DoesNotContain("immediate danger", await page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await AboutSomeoneElseAsync(page);
        Assert.Equal("ব্যক্তিটি কত বছর বয়সী?", (await page.Locator("h1").InnerTextAsync()).Trim());
        await PersonAsync(page, "7", "EC2V 7HH", "atHome", "neglect");
        await ChooseAsync(page, "no");
        await ChooseAsync(page, "noOne");
        await FinishAsync(page);

        await SendAsync(page);

        Assert.Contains("/bn/report/confirmation", page.Url, StringComparison.Ordinal);
        Assert.Matches("NTS-[0-9A-HJKMNP-TV-Z]{8}", await MainTextAsync(page));
    }

    [Fact]
    public async Task BeforeTheTimeout_AWarningOffersToKeepTheReport()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/report/immediate-danger");
        await ChooseAsync(page, "no");

        await page.WaitForURLAsync("**/report/can-it-wait", new() { WaitUntil = WaitUntilState.Load });

        await page.Clock.FastForwardAsync("25:01");

        var dialog = page.Locator("dialog[data-nts-timeout]");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await dialog.Locator("button").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.EndsWith("/report/can-it-wait", page.Url, StringComparison.Ordinal);
    }
}
