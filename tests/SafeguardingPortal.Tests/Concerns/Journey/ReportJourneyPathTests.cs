using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Tests.Concerns.Journey;

/// <summary>Which pages a reporter is asked (routing.md §2 "Shown when"), and that none can be skipped.</summary>
public sealed class ReportJourneyPathTests
{
    private static List<string> Pages(ReportAnswers answers) =>
        [.. ReportJourney.Path(JourneyAnswers.Context(answers)).Select(e => e.Person < 0 ? e.Step.Slug : $"{e.Step.Slug}/{e.Person + 1}")];

    private static ReportAnswers Scenario(string id) => JourneyAnswers.From(Testing.Scenario.All.Single(s => s.Id == id).Request);

    [Fact]
    public void ANewReport_StartsWithImmediateDanger()
    {
        var context = JourneyAnswers.Context(new ReportAnswers());

        Assert.Equal("immediate-danger", ReportJourney.FirstUnanswered(context)!.Value.Step.Slug);
    }

    [Fact]
    public void AChild_IsNotAskedTheAdultQuestions()
    {
        var pages = Pages(Scenario("S02"));

        Assert.Contains("age-in-years/1", pages);
        Assert.DoesNotContain("care-needs/1", pages);
        Assert.DoesNotContain("protect/1", pages);
        Assert.DoesNotContain("consent/1", pages);
        Assert.DoesNotContain("department", pages);
    }

    [Theory]
    [InlineData("17", true, false, false)]
    [InlineData("18", true, true, true)]
    [InlineData("25", true, true, true)]
    [InlineData("26", true, true, false)]
    [InlineData("15", false, false, false)]
    public void CareQuestions_FollowAge(string age, bool careNeeds, bool protect, bool inCare)
    {
        var answers = Scenario("S02");
        answers.People[0].AgeKind = "years";
        answers.People[0].AgeYears = age;

        var pages = Pages(answers);

        Assert.Equal(careNeeds, pages.Contains("care-needs/1"));
        Assert.Equal(careNeeds, pages.Contains("consent/1"));
        Assert.Equal(protect, pages.Contains("protect/1"));
        Assert.Equal(inCare, pages.Contains("in-care/1"));
    }

    [Fact]
    public void Staff_AreAskedTheirDepartment_AndNeverOfferedAnonymity()
    {
        var pages = Pages(Scenario("S37"));

        Assert.Contains("department", pages);
        Assert.Contains("harm-your-department", pages);
        Assert.Contains("your-details", pages);
        Assert.DoesNotContain("give-your-name", pages);
    }

    [Fact]
    public void FgmReportedByAProfessional_AsksTheFgmQuestions_AndShowsTheDutyPage()
    {
        var answers = Scenario("S28");
        answers.Name = "A nurse";
        answers.Email = "nurse@example.org";
        answers.Description = "She told me about it today.";
        answers.OtherCouncilSeen = true;

        var pages = Pages(answers);

        Assert.Contains("fgm/1", pages);
        Assert.Contains("profession", pages);
        Assert.Equal("fgm-duty", pages[^1]);
    }

    [Fact]
    public void NoOneCausingHarm_SkipsTheQuestionsAboutThem()
    {
        var answers = Scenario("S40");

        var pages = Pages(answers);

        Assert.Contains("harm-works-with-children", pages);
        Assert.DoesNotContain("harm-works-with-adults", pages);
        Assert.DoesNotContain("workplace", pages);
    }

    [Fact]
    public void TheTenthPerson_IsTheLast()
    {
        var answers = Scenario("S02");
        answers.People = [.. Enumerable.Range(0, 10).Select(_ => new PersonAnswers { AgeKind = "dontKnow", AnotherPerson = "yes" })];

        var pages = Pages(answers);

        Assert.Contains("another-person/9", pages);
        Assert.DoesNotContain("another-person/10", pages);
    }

    [Fact]
    public void AnsweringNoToAnotherPerson_DropsThePeopleAfter()
    {
        var answers = Scenario("S25");
        var context = JourneyAnswers.Context(answers);
        var another = (RadioStep)ReportJourney.Find("another-person")!;

        another.Set(context, 0, "no");

        Assert.Single(answers.People);
    }

    [Fact]
    public void AStraddlingPostcode_AddsTheCouncilPage_AndABestFitOneIsAnsweredAlready()
    {
        var straddle = Scenario("S21");
        var single = Scenario("S02");

        Assert.Contains("council/1", Pages(straddle));
        Assert.False(ReportJourney.Find("council")!.IsAnswered(JourneyAnswers.Context(straddle), 0));
        Assert.DoesNotContain("council/1", Pages(single));
    }
}
