using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>The report-a-concern journey (routing.md §2) as a browser without JavaScript walks it.</summary>
public sealed class ReportJourneyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private JourneyClient NewReporter()
    {
        portal.Time.Now = PortalFactory.DefaultNow;
        return new JourneyClient(portal.CreateBrowserlessClient());
    }

    /// <summary>A resident reporting a neglected 7-year-old living in the City, up to "check your answers".</summary>
    private static async Task<JourneyClient> NeglectedChildInTheCityAsync(JourneyClient j, string src = "poster-1")
    {
        await j.OpenAsync($"/report?src={src}");
        await j.OpenAsync(j.Page.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("someoneElse");
        await j.ChooseAsync("public");
        await j.PersonAsync(7, "ec2v7hh", "atHome", "neglect");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        return await j.FinishAnonymouslyAsync();
    }

    private async Task<T> InDatabaseAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task Resident_ReportsANeglectedChildInTheCity_ToTheChildrensTeam()
    {
        var j = await NeglectedChildInTheCityAsync(NewReporter());
        Assert.Equal("/report/check-answers", j.Path);
        Assert.Contains("EC2V 7HH", j.Text);
        Assert.Contains("City of London", j.Text);
        Assert.Contains("7 years old", j.Text);

        portal.Time.Now += TimeSpan.FromMinutes(6);
        await j.AnswerAsync();

        Assert.Equal("/report/confirmation", j.Path);
        var reference = j.Page.QuerySelector(".govuk-panel__body strong")!.TextContent;
        Assert.Matches("^NTS-[0-9A-HJKMNP-TV-Z]{8}$", reference);
        Assert.Contains("Children and Families Team", j.Text);
        var concern = await InDatabaseAsync(db => db.Set<Concern>().SingleAsync(c => c.Reference == reference));
        Assert.Equal(Urgency.P2, concern.Urgency);
        Assert.Equal(ConcernStatus.New, concern.Status);
        Assert.Equal("poster-1", concern.Source);
        Assert.True(concern.Anonymous);
    }

    [Fact]
    public async Task Pages_CannotBeSkipped()
    {
        var j = NewReporter();

        await j.OpenAsync("/report/what-happened");
        Assert.Equal("/report/immediate-danger", j.Path);

        await j.OpenAsync("/report/check-answers");
        Assert.Equal("/report/immediate-danger", j.Path);

        await j.ChooseAsync("no");
        await j.OpenAsync("/report/age/1");
        Assert.Equal("/report/can-it-wait", j.Path);
    }

    [Fact]
    public async Task SendingTheLastStepWithoutTheEarlierOnes_IsRefused()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        var token = j.Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await InDatabaseAsync(db => db.Set<Concern>().CountAsync());

        using var response = await j.Http.PostAsync("/report/submit", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/report/can-it-wait", response.Headers.Location!.ToString());
        Assert.Equal(before, await InDatabaseAsync(db => db.Set<Concern>().CountAsync()));
    }

    [Fact]
    public async Task BadInput_ShowsAnErrorSummary_AndKeepsWhatWasTyped()
    {
        var j = await NewReporter().StartAsync();

        await j.AnswerAsync(("ageKind", "dateOfBirth"));
        await j.AnswerAsync(("dateOfBirth-day", "31"), ("dateOfBirth-month", "2"), ("dateOfBirth-year", "2015"));

        Assert.Equal("/report/date-of-birth/1", j.Path);
        Assert.Equal(["Date of birth must be a real date in the past"], j.Errors);
        Assert.Equal("#dateOfBirth-day", j.Page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", j.Page.Title, StringComparison.Ordinal);
        Assert.Equal("31", j.Page.QuerySelector("#dateOfBirth-day")!.GetAttribute("value"));
        Assert.Equal("2015", j.Page.QuerySelector("#dateOfBirth-year")!.GetAttribute("value"));
        Assert.Equal("What is the person's date of birth?", j.Heading);
    }

    [Fact]
    public async Task ImmediateDanger_StopsAtTheCall999Page_AndMayContinue()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");

        await j.ChooseAsync("yes");

        Assert.Equal("/report/call-999", j.Path);
        Assert.Equal("Call 999 now", j.Heading);
        Assert.NotNull(j.Page.QuerySelector("a[href='tel:999']"));
        await j.ContinueAsync();
        Assert.Equal("/report/about-whom", j.Path);
    }

    [Fact]
    public async Task NotSureAboutDanger_ShowsExamples_ThenAsksAgain()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");

        await j.ChooseAsync("notSure");

        Assert.Equal("/report/immediate-danger", j.Path);
        Assert.Contains("a young child is alone", j.Text);
        await j.ChooseAsync("notSure");
        Assert.Equal("/report/can-it-wait", j.Path);
    }

    [Fact]
    public async Task StaffAndProfessionals_AreNotOfferedAnonymity_AndMustGiveTheirName()
    {
        var j = await NewReporter().StartAsync("professional");
        await j.PersonAsync(9, "EC2V 7HH", "atHome", "physical");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.ChooseAsync("no");
        await j.AnswerAsync(("description", JourneyScript.Description));

        Assert.Equal("/report/your-details", j.Path);
        Assert.Contains("we will send an email to it to say we have received your report", j.Page.QuerySelector("#email-hint")!.TextContent, StringComparison.Ordinal);
        await j.OpenAsync("/report/give-your-name");
        Assert.Equal("/report/your-details", j.Path);

        await j.AnswerAsync(("name", ""), ("email", ""), ("phone", ""));
        Assert.Equal(["Enter your name", "Enter an email address or a phone number"], j.Errors);
        Assert.Contains("Staff and professionals cannot report anonymously", j.Text);
    }

    [Fact]
    public async Task AStraddlingPostcode_AsksWhichCouncil()
    {
        var j = await NewReporter().StartAsync();
        await j.AnswerAsync(("ageKind", "years"));
        await j.AnswerAsync(("ageYears", "10"));
        await j.AnswerAsync(("homeStatus", "postcode"));

        await j.AnswerAsync(("postcode", "EC1M 6BQ"));

        Assert.Equal("/report/council/1", j.Path);
        Assert.Contains("is in more than one council area", j.Text);
        var councils = j.Page.QuerySelectorAll("input[name=council]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("E09000001", councils);
        Assert.Contains("E09000019", councils);
        Assert.Contains("dontKnow", councils);
        await j.AnswerAsync(("council", "E09000019"));
        Assert.Equal("/report/where-now/1", j.Path);
    }

    [Fact]
    public async Task AnswersAreKeptServerSide_EncryptedAndNeverInAddresses()
    {
        var j = NewReporter();
        await NeglectedChildInTheCityAsync(j);

        var drafts = await InDatabaseAsync(db => db.Set<ReportDraft>().Where(d => d.ProtectedAnswers.Length > 0).ToListAsync());

        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.DoesNotContain("hungry", d.ProtectedAnswers, StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.DoesNotContain("EC2V", d.ProtectedAnswers, StringComparison.Ordinal));
        Assert.All(j.Page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!), href => Assert.DoesNotContain("7HH", href, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AfterThirtyIdleMinutes_TheAnswersAreDeleted()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");

        portal.Time.Now += TimeSpan.FromMinutes(31);
        await j.OpenAsync("/report/can-it-wait");

        Assert.Equal("/report/session-ended", j.Path);
        Assert.Equal("Your answers have been deleted", j.Heading);
        await j.OpenAsync("/report/can-it-wait");
        Assert.Equal("/report/immediate-danger", j.Path);
    }

    [Fact]
    public async Task TheTimeoutWarning_KeepsTheReport()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        var keepAlive = j.Page.QuerySelector("dialog[data-nts-timeout] form")!;
        var token = keepAlive.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        portal.Time.Now += TimeSpan.FromMinutes(26);
        using (var response = await j.Http.PostAsync(keepAlive.GetAttribute("action"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        portal.Time.Now += TimeSpan.FromMinutes(26);
        await j.OpenAsync("/report/can-it-wait");
        Assert.Equal("/report/can-it-wait", j.Path);
    }

    /// <summary>routing.md §2: a back link, "Exit this page" (a plain link without JavaScript), the 999 banner and the hours line on every page.</summary>
    [Fact]
    public async Task EveryPage_HasABackLink_ExitThisPage_The999Banner_AndTheHoursLine()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        var pages = new List<string>();
        foreach (var answer in new (string, string)[][]
        {
            [("answer", "yes")], [], [("answer", "someoneElse")], [("answer", "public")], [("ageKind", "years")], [("ageYears", "7")],
            [("homeStatus", "postcode")], [("postcode", "EC2V 7HH")], [("answer", "atHome")], [("categories", "neglect")], [("answer", "no")],
            [("answer", "noOne")], [("answer", "no")], [("description", JourneyScript.Description)], [("answer", "no")],
        })
        {
            pages.Add(j.Path);
            Assert.NotNull(j.Page.QuerySelector("a.govuk-back-link[href]"));
            Assert.StartsWith("https://", j.Page.QuerySelector(".govuk-exit-this-page a")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Contains("If someone is in immediate danger, call 999", j.Page.QuerySelector(".nts-emergency-banner")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("This form is read Monday to Friday, 9am to 5pm", j.Text, StringComparison.Ordinal);
            await j.AnswerAsync(answer);
        }

        Assert.Equal("/report/check-answers", j.Path);
        Assert.NotNull(j.Page.QuerySelector("a.govuk-back-link[href]"));
        Assert.Equal(15, pages.Distinct().Count());
    }

    [Fact]
    public async Task ChangingAnAnswer_FromCheckAnswers_ComesBackToCheckAnswers()
    {
        var j = await NeglectedChildInTheCityAsync(NewReporter());
        var change = j.Page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(row => row.QuerySelector("dt")!.TextContent.Trim() == "Tell us what has happened")
            .QuerySelector("a")!.GetAttribute("href")!;

        await j.OpenAsync(change);
        Assert.Equal(JourneyScript.Description, j.Page.QuerySelector("#description")!.TextContent);
        await j.AnswerAsync(("description", "The boy next door is left alone every evening, and now at weekends too."));

        Assert.Equal("/report/check-answers", j.Path);
        Assert.Contains("now at weekends too", j.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleReports_AreDeletedByTheSweeper_EvenIfNoOneComesBack()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        var sweeper = portal.Services.GetRequiredService<ExpiredDraftSweeper>();
        var drafts = await InDatabaseAsync(db => db.Set<ReportDraft>().CountAsync());

        // No test's clock goes before DefaultNow, so nothing is idle for 30 minutes yet.
        portal.Time.Now += TimeSpan.FromMinutes(29);
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(drafts, await InDatabaseAsync(db => db.Set<ReportDraft>().CountAsync()));

        // Every test's drafts are idle for a day by then.
        portal.Time.Now += TimeSpan.FromDays(1);
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.Equal(0, await InDatabaseAsync(db => db.Set<ReportDraft>().CountAsync()));
    }

    /// <summary>The page answered is the one in the address: a posted "step" field cannot redirect the answer to another page.</summary>
    [Fact]
    public async Task AnAnswer_GoesToThePageInTheAddress_NotToAPostedStepField()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        await j.OpenAsync("/report/immediate-danger");

        await j.AnswerAsync(("answer", "yes"), ("step", "can-it-wait"));

        Assert.Equal("/report/call-999", j.Path);
    }
}
