using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>The journey reaches the right team: the same decision as the API, told to the reporter in plain words.</summary>
public sealed class JourneyRoutingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private JourneyClient NewReporter()
    {
        portal.Time.Now = PortalFactory.DefaultNow;
        return new JourneyClient(portal.CreateBrowserlessClient());
    }

    private async Task<Concern> SendAsync(JourneyClient j)
    {
        Assert.Equal("/report/check-answers", j.Path);
        portal.Time.Now += TimeSpan.FromMinutes(8);
        await j.AnswerAsync();
        Assert.Equal("/report/confirmation", j.Path);
        var reference = j.Page.QuerySelector(".govuk-panel__body strong")!.TextContent;
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Concern>().Include(c => c.Destinations).SingleAsync(c => c.Reference == reference);
    }

    [Fact]
    public async Task AnAdultAtRiskWithCareNeeds_GoesToAdultSocialCare()
    {
        var j = await NewReporter().StartAsync();
        await j.PersonAsync(84, "EC2R 8AH", "atHome", "financial");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("dontKnow");
        await j.ChooseAsync("doesNotKnow");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("dontKnow");
        Assert.Equal("/report/workplace", j.Path);
        await j.AnswerAsync(("employerName", "Home Carers Ltd"), ("employerPostcodeUnknown", "unknown"));
        await j.FinishAnonymouslyAsync();

        var concern = await SendAsync(j);

        Assert.Contains(concern.Destinations, d => d is { Team: Team.Adults, Action: RoutingAction.Referral, PersonIndex: 0 });
        Assert.Contains("Adult Social Care will decide whether they need protection or support", j.Text);
    }

    [Fact]
    public async Task AChildLivingInWestminster_ShowsWestminster_AndTheCityPassesItOn()
    {
        var j = await NewReporter().StartAsync();
        await j.PersonAsync(8, "SW1A 1AA", "atHome", "neglect");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.FinishAnonymouslyAsync();

        Assert.Equal("/report/other-council", j.Path);
        Assert.Equal("Westminster is responsible", j.Heading);
        Assert.Contains("The City of London will pass your report on to Westminster within one working day", j.Text);
        Assert.NotNull(j.Page.QuerySelector("a[href='https://www.gov.uk/report-child-abuse-to-local-council']"));
        Assert.Null(j.Page.QuerySelector("input[name=passOn]"));
        await j.ContinueAsync();

        var concern = await SendAsync(j);

        Assert.Contains(concern.Destinations, d => d is { Team: Team.Children, AuthorityCode: "E09000033", Action: RoutingAction.Signpost });
        Assert.Contains(concern.Destinations, d => d is { Team: Team.Children, AuthorityCode: "E09000001", Action: RoutingAction.Transfer });
        Assert.Contains("We're passing your report on to Westminster", j.Text);
        Assert.Contains("A social worker at Westminster will decide what to do next", j.Text);
    }

    [Fact]
    public async Task AnAllegationAgainstATeacherInAnotherBorough_SignpostsThatCouncilsLado()
    {
        var j = await NewReporter().StartAsync();
        await j.PersonAsync(9, "EC2V 7HH", "atHome", "physical");
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.AnswerAsync(("employerName", "Hilltop Primary School"), ("employerPostcode", "N7 8JL"));
        await j.FinishAnonymouslyAsync();

        Assert.Equal("/report/other-council", j.Path);
        Assert.Equal("Islington is responsible", j.Heading);
        await j.ContinueAsync();
        var concern = await SendAsync(j);

        Assert.Contains(concern.Destinations, d => d is { Team: Team.Lado, AuthorityCode: "E09000019", Action: RoutingAction.Signpost });
        Assert.Contains(concern.Destinations, d => d is { Team: Team.Children, AuthorityCode: "E09000001", Action: RoutingAction.Referral });
        Assert.Contains("Local Authority Designated Officer", j.Text);
    }

    [Fact]
    public async Task AnAdultWithoutApparentCareNeedsElsewhere_AsksWhetherToPassItOn()
    {
        var j = await NewReporter().StartAsync();
        await j.PersonAsync(31, "SE15 5AA", "atHome", "domesticAbuse");
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("agrees");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.FinishAnonymouslyAsync();

        Assert.Equal("/report/other-council", j.Path);
        Assert.Equal("Southwark is responsible", j.Heading);
        await j.AnswerAsync(("passOn", "yes"));
        var concern = await SendAsync(j);

        Assert.Contains(concern.Destinations, d => d is { Team: Team.Adults, AuthorityCode: "E09000001", Action: RoutingAction.Transfer, PersonIndex: 0 });
    }

    [Fact]
    public async Task OutOfHours_TheConfirmationGivesTheOutOfHoursNumbers()
    {
        var j = NewReporter();
        portal.Time.Now = new DateTimeOffset(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        Assert.Equal("/report/call-now", j.Path);
        Assert.Contains("020 8356 2710", j.Text);
        Assert.DoesNotContain("020 7332 3621", j.Text);
        await j.ContinueAsync();
        await j.ChooseAsync("someoneElse");
        await j.ChooseAsync("public");
        await j.PersonAsync(4, "EC2V 7HH", "atHome", "neglect");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.FinishAnonymouslyAsync();

        var concern = await SendAsync(j);

        Assert.Equal(Urgency.P1, concern.Urgency);
        Assert.Contains("If a child is alone, or anyone could be hurt before Monday 23 November, call 999 now.", j.Text);
        Assert.Contains("We'll read this on Monday 23 November", j.Text);
        Assert.Contains("020 8356 2710", j.Text);
    }

    [Fact]
    public async Task AnUnbornBaby_StartsWithTheHomeOfThePersonBefore()
    {
        var j = await NewReporter().StartAsync();
        await j.PersonAsync(24, "EC2N 2DB", "atHome", "domesticAbuse");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("agrees");
        await j.ChooseAsync("yes");
        await j.AnswerAsync(("ageKind", "unborn"));

        Assert.Equal("/report/home/2", j.Path);
        Assert.NotNull(j.Page.QuerySelector("#homeStatus[checked]"));
        await j.AnswerAsync(("homeStatus", "postcode"));
        Assert.Equal("EC2N 2DB", j.Page.QuerySelector("#postcode")!.GetAttribute("value"));
    }

    /// <summary>§9.3: on an urgent report, a council without configured numbers never gets only the GOV.UK links.</summary>
    [Fact]
    public async Task AnUrgentReportForACouncilWithoutNumbers_Gives999ThePoliceAndTheCitysNumberFirst()
    {
        var j = NewReporter();
        portal.Time.Now = new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero);
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ContinueAsync();
        await j.ChooseAsync("someoneElse");
        await j.ChooseAsync("corporationStaff");
        await j.ChooseAsync("open-spaces");
        await j.AnswerAsync(("ageKind", "years"));
        await j.AnswerAsync(("ageYears", "12"));
        await j.AnswerAsync(("homeStatus", "postcode"));
        await j.AnswerAsync(("postcode", "N7 8JL"));
        await j.ChooseAsync("corporationSite");
        await j.ChooseAsync("hampstead-heath");
        await j.AnswerAsync(("categories", "neglect"));
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.AnswerAsync(("description", JourneyScript.Description));
        await j.AnswerAsync(("name", "A ranger"), ("phone", "020 7332 0000"));

        Assert.Equal("/report/other-council", j.Path);
        Assert.Contains("Call 999 if anyone is in danger now, or the police on 101.", j.Text);
        Assert.Contains("020 8356 2710", j.Text);
        Assert.Contains("Camden", j.Text);
        Assert.Contains("Islington", j.Text);
    }

    [Fact]
    public async Task AChildReportingThemselves_IsToldAboutChildline_AndMayStayAnonymous()
    {
        var j = NewReporter();
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("myself");
        Assert.Equal("How old are you?", j.Heading);
        Assert.Null(j.Page.QuerySelector("input[value=unborn]"));
        await j.AnswerAsync(("ageKind", "years"));
        await j.AnswerAsync(("ageYears", "13"));
        await j.AnswerAsync(("homeStatus", "postcode"));
        await j.AnswerAsync(("postcode", "EC2R 8AH"));
        await j.ChooseAsync("atHome");
        await j.AnswerAsync(("categories", "physical"));
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.ChooseAsync("no");
        await j.FinishAnonymouslyAsync();

        var concern = await SendAsync(j);

        Assert.Equal(ReporterRole.Self, concern.ReporterRole);
        Assert.Equal(Urgency.P1, concern.Urgency);
        Assert.Contains("You can also talk to Childline, free, any time.", j.Text);
        Assert.Contains("0800 1111", j.Text);
    }

    [Fact]
    public async Task ATeacherToldOfFgm_SeesTheMandatoryReportingDuty_BeforeCheckAnswers()
    {
        var j = await NewReporter().StartAsync("professional");
        await j.PersonAsync(14, "EC3V 3LA", "atHome", "fgm");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("no");
        await j.ChooseAsync("noOne");
        await j.ChooseAsync("teacher");
        await j.ChooseAsync("no");
        await j.AnswerAsync(("description", JourneyScript.Description));
        await j.AnswerAsync(("name", "A teacher"), ("email", "teacher@example.org"));

        Assert.Equal("/report/fgm-duty", j.Path);
        Assert.Contains("You have a personal legal duty to report this to the police on 101", j.Text);
        await j.ContinueAsync();
        var concern = await SendAsync(j);

        Assert.Equal(Urgency.P1, concern.Urgency);
        Assert.Contains("R20", concern.RulesFired.Split(' '));
        Assert.Contains(concern.Destinations, d => d.Team == Team.Police101);
    }
}
