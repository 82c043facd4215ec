using SafeguardingPortal.Features.Concerns.Routing;
using static SafeguardingPortal.Tests.Concerns.Requests;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Each rule at its edges (routing.md §5–§8).</summary>
public class RouterRuleTests
{
    private const string City = "E09000001";

    [Theory]
    [InlineData(15, Team.Children, "R9")]
    [InlineData(16, Team.Children, "R13")]
    [InlineData(17, Team.Children, "R13")]
    [InlineData(18, Team.Adults, "R10")]
    public void Age_DecidesTheRoute(int age, Team team, string rule)
    {
        var person = age < 18 ? Child(age) : Adult(age);

        var decision = About(person).Decide();

        Assert.Contains((team, City, RoutingAction.Referral), decision.Routes());
        Assert.Contains(rule, decision.Rules);
    }

    [Theory]
    [InlineData(16, YesNoDontKnow.Yes, true)]
    [InlineData(17, YesNoDontKnow.Yes, true)]
    [InlineData(17, YesNoDontKnow.No, false)]
    [InlineData(15, YesNoDontKnow.Yes, false)]
    public void R13_TransitionCopyForSixteenAndSeventeenWithNeeds(int age, YesNoDontKnow needs, bool copy)
    {
        var decision = About(Child(age) with { CareAndSupportNeeds = needs }).Decide();

        Assert.Equal(copy, decision.Routes().Contains((Team.Adults, City, RoutingAction.Copy)));
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(25, true)]
    [InlineData(26, false)]
    public void R14_CareLeaversFromEighteenToTwentyFive(int age, bool fires)
    {
        var person = age < 18 ? Child(age) with { CareLeaver = YesNoDontKnow.Yes } : Adult(age) with { CareLeaver = YesNoDontKnow.Yes };

        var decision = About(person).Decide();

        Assert.Equal(fires, decision.Rules.Contains("R14"));
        Assert.Equal(fires, decision.Routes().Contains((Team.Children, City, RoutingAction.Copy)));
    }

    [Fact]
    public void DateOfBirth_WinsOverAgeAndCountsOnTheLondonDate()
    {
        // 18 on 10 March 2026 exactly: an adult.
        var person = Adult(5) with { DateOfBirth = new DateOnly(2008, 3, 10) };

        Assert.Contains("R10", About(person).Decide().Rules);
        Assert.Contains("R9", About(person with { DateOfBirth = new DateOnly(2008, 3, 11) }).Decide().Rules);
    }

    [Theory]
    [InlineData("2026-02-28", 17)]
    [InlineData("2026-03-01", 18)]
    public void LeapDayBirthday_IsTheFirstOfMarchInOtherYears(string today, int age) =>
        Assert.Equal(age, PersonFacts.AgeOn(Child() with { DateOfBirth = new DateOnly(2008, 2, 29) }, DateOnly.Parse(today)));

    [Fact]
    public void R12_UnknownAgeGoesToChildrenWithAnAdultsCopy()
    {
        var decision = About(Child() with { AgeYears = null, AgeUnknown = true }).Decide();

        Assert.Contains((Team.Children, City, RoutingAction.Referral), decision.Routes());
        Assert.Contains((Team.Adults, City, RoutingAction.Copy), decision.Routes());
        Assert.Contains("R12", decision.Rules);
    }

    [Theory]
    [InlineData(YesNoDontKnow.Yes, YesNoDontKnow.Yes, RoutingAction.Referral)]
    [InlineData(YesNoDontKnow.DontKnow, YesNoDontKnow.No, RoutingAction.Referral)]
    [InlineData(YesNoDontKnow.DontKnow, YesNoDontKnow.DontKnow, RoutingAction.Referral)]
    [InlineData(YesNoDontKnow.DontKnow, YesNoDontKnow.Yes, RoutingAction.InformationRecord)]
    [InlineData(YesNoDontKnow.No, YesNoDontKnow.No, RoutingAction.InformationRecord)]
    public void R10_R11_AdultAtRiskIndicators(YesNoDontKnow needs, YesNoDontKnow protect, RoutingAction action) =>
        Assert.Contains((Team.Adults, City, action), About(Adult(40, needs, protect)).Decide().Routes());

    [Theory]
    [InlineData(Category.Sexual)]
    [InlineData(Category.ModernSlavery)]
    public void R10_SexualAbuseOrSlaveryMakesAnyAdultAReferral(Category category) =>
        Assert.Contains((Team.Adults, City, RoutingAction.Referral), About(Adult(40, YesNoDontKnow.No, YesNoDontKnow.Yes, category)).Decide().Routes());

    [Fact]
    public void R11_AdultWithoutNeedsAloneIsP3() =>
        Assert.Equal(Urgency.P3, About(Adult(40, YesNoDontKnow.No, YesNoDontKnow.Yes)).Decide().Urgency);

    [Fact]
    public void R5_AnotherEnglishCouncilIsSignpostedAndPassedOn()
    {
        var decision = About(Child().LivingAt("SE155AA")).Decide();

        Assert.Contains((Team.Children, "E09000028", RoutingAction.Signpost), decision.Routes());
        Assert.Contains((Team.Children, City, RoutingAction.Transfer), decision.Routes());
        Assert.Contains(Signpost.FindYourCouncil, decision.Signposts);
        Assert.Equal(Urgency.P2, decision.Urgency);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void R8_AnR11AdultElsewhereIsPassedOnOnlyWhenAsked(bool passOn, bool transfer)
    {
        var request = About(Adult(40, YesNoDontKnow.No, YesNoDontKnow.Yes).LivingAt("SE155AA")) with { Reporter = new Reporter(ReporterRole.Public, PassOnToOtherCouncil: passOn) };

        var decision = request.Decide();

        Assert.Equal(transfer, decision.Routes().Contains((Team.Adults, City, RoutingAction.Transfer)));
        Assert.Contains((Team.Adults, "E09000028", RoutingAction.Signpost), decision.Routes());
    }

    [Fact]
    public void R3_InTheCityNowFromElsewhereIsTheCitysAndTheHomeCouncilIsTold()
    {
        var decision = About(Child().LivingAt("SE155AA") with { PresentLocation = PresentLocation.InCity }).Decide();

        Assert.Contains((Team.Children, City, RoutingAction.Referral), decision.Routes());
        Assert.Contains((Team.Children, "E09000028", RoutingAction.NotifyHomeAuthority), decision.Routes());
        Assert.Contains("R3", decision.Rules);
    }

    [Fact]
    public void R4_AtACorporationSiteTheHostCouncilIsResponsible()
    {
        var decision = About(Child().LivingAt("SE155AA") with { PresentLocation = PresentLocation.CorporationSite, CorporationSite = "hampstead-heath" }).Decide();

        Assert.Contains((Team.Children, "E09000007", RoutingAction.Signpost), decision.Routes());
        Assert.Contains((Team.Children, "E09000028", RoutingAction.Signpost), decision.Routes());
        Assert.Contains("R4", decision.Rules);
    }

    [Fact]
    public void R6_WalesIsSignpostedAsOutsideEngland() =>
        Assert.Contains("R6", About(Child().LivingAt("CF101EP")).Decide().Rules);

    [Fact]
    public void R6_OutsideTheUkGetsThePoliceAndTheNspcc()
    {
        var decision = About(Child() with { Home = new Home(HomeStatus.OutsideUk) }).Decide();

        Assert.Contains((Team.Police101, null, RoutingAction.Signpost), decision.Routes());
        Assert.Contains(Signpost.Nspcc, decision.Signposts);
        Assert.DoesNotContain(decision.Destinations, d => d.AuthorityCode == City && d.PersonIndex == 0);
    }

    [Theory]
    [InlineData("EC1M6BQ", null, true)]
    [InlineData("EC1M6BQ", "E09000019", false)]
    [InlineData("ZE99ZZ", null, true)]
    public void R7_StraddlingOrUnknownPostcodeWithoutAChoiceIsTheCitysAndAsksWhichCouncil(string postcode, string? chosen, bool needsChoice)
    {
        var decision = About(Child().LivingAt(postcode, chosen)).Decide();

        Assert.Equal(needsChoice, decision.NeedsAuthorityChoice.Count > 0);
        Assert.Equal(needsChoice, decision.Rules.Contains("R7"));
    }

    [Fact]
    public void R15_HouseholdChildrenOfADomesticAbuseVictim()
    {
        var request = About(Adult(30, YesNoDontKnow.No, YesNoDontKnow.Yes, Category.DomesticAbuse)) with { OtherChildrenInHousehold = YesNoDontKnow.DontKnow };

        var decision = request.Decide();

        Assert.Contains(decision.Destinations, d => d is { Team: Team.Children, Action: RoutingAction.Referral, PersonIndex: null });
        Assert.Equal(Urgency.P2, decision.Urgency);
    }

    [Theory]
    [InlineData(HarmerAnswer.Yes, "E09000001", RoutingAction.Referral)]
    [InlineData(HarmerAnswer.No, null, null)]
    [InlineData(HarmerAnswer.NoOne, null, null)]
    public void R16_LadoForSomeoneWhoWorksWithChildren(HarmerAnswer works, string? authority, RoutingAction? action)
    {
        var request = About(Child()) with { Harmer = new Harmer(works, HarmerAnswer.No, EmployerPostcode: "EC2N2DB") };

        var lado = request.Decide().Routes().Where(r => r.Team == Team.Lado).ToList();

        Assert.Equal(action is null ? [] : [(Team.Lado, authority, action.Value)], lado);
    }

    [Fact]
    public void R16_EmployerInAnotherCouncilIsItsLado() =>
        Assert.Contains((Team.Lado, "E09000019", RoutingAction.Signpost),
            (About(Child()) with { Harmer = new Harmer(HarmerAnswer.Yes, EmployerPostcode: "N78JL") }).Decide().Routes());

    [Theory]
    [InlineData(YesNoDontKnow.No, Team.DepartmentLead)]
    [InlineData(YesNoDontKnow.Yes, Team.SafeguardingLead)]
    [InlineData(YesNoDontKnow.DontKnow, Team.SafeguardingLead)]
    public void R24_StaffCopyGoesToTheDepartmentOrTheSafeguardingLead(YesNoDontKnow ownDepartment, Team team)
    {
        var request = About(Child()) with
        {
            Reporter = new Reporter(ReporterRole.CorporationStaff, "open-spaces"),
            Harmer = new Harmer(HarmerAnswer.No, WorksInReportersDepartment: ownDepartment),
        };

        var copies = request.Decide().Destinations.Where(d => d.Team is Team.DepartmentLead or Team.SafeguardingLead).ToList();

        Assert.Equal([new Destination(team, City, RoutingAction.Copy, null)], copies);
    }

    [Fact]
    public void R20_FgmDutyForARegulatedProfessional()
    {
        var request = About(Child(14, Category.Fgm) with { FgmKnownCase = true }) with
        {
            Reporter = new Reporter(ReporterRole.Professional, RegulatedProfession: RegulatedProfession.HealthOrSocialCare),
        };

        var decision = request.Decide();

        Assert.Equal([Duty.FgmMandatoryReport], decision.Duties);
        Assert.Equal(Urgency.P1, decision.Urgency);
        Assert.Contains((Team.Police101, null, RoutingAction.Signpost), decision.Routes());
    }

    [Theory]
    [InlineData(Category.Missing, "R29")]
    [InlineData(Category.SexualExploitation, "R21")]
    [InlineData(Category.Sexual, "R23")]
    public void P1_UrgentChildSituations(Category category, string rule)
    {
        var decision = About(Child(12, category)).Decide();

        Assert.Equal(Urgency.P1, decision.Urgency);
        Assert.Contains(rule, decision.Rules);
    }

    [Fact]
    public void R30_SelfHarmAddsTheCrisisSignpostWithoutChangingTheRoute()
    {
        var decision = About(Adult(30, YesNoDontKnow.No, YesNoDontKnow.Yes, Category.SelfHarm)).Decide();

        Assert.Contains(Signpost.MentalHealthCrisis, decision.Signposts);
        Assert.Contains((Team.Adults, City, RoutingAction.InformationRecord), decision.Routes());
    }

    [Theory]
    [InlineData(Answer.Yes, null, Urgency.P0, true)]
    [InlineData(Answer.NotSure, Answer.Yes, Urgency.P1, true)]
    [InlineData(Answer.No, Answer.No, Urgency.P1, true)]
    [InlineData(Answer.No, Answer.Yes, Urgency.P2, false)]
    public void R0_R1_DangerAndWaiting(Answer danger, Answer? canWait, Urgency urgency, bool advice)
    {
        var decision = (About(Child(5)) with { ImmediateDanger = danger, CanWaitUntilNextWorkingDay = canWait }).Decide();

        Assert.Equal(urgency, decision.Urgency);
        Assert.Equal(advice, decision.EmergencyAdvice);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void R1_EmergencyAdviceForAYoungChildWhoCannotWait(int age, bool advice) =>
        Assert.Equal(advice, (About(Child(age)) with { CanWaitUntilNextWorkingDay = Answer.No }).Decide().EmergencyAdvice);

    [Fact]
    public void R1_EmergencyAdviceForAnyChildOutOfHours()
    {
        var saturday = new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

        Assert.True((About(Child(12)) with { CanWaitUntilNextWorkingDay = Answer.No }).Decide(saturday).EmergencyAdvice);
        Assert.False((About(Child(12)) with { CanWaitUntilNextWorkingDay = Answer.No }).Decide().EmergencyAdvice);
    }

    [Fact]
    public void Rules_AreListedOnceInNumericOrder()
    {
        var decision = About(Child(12, Category.Missing, Category.Sexual), Child(3, Category.Sexual)).Decide();

        Assert.Equal(decision.Rules.OrderBy(r => int.Parse(r[1..], System.Globalization.CultureInfo.InvariantCulture)), decision.Rules);
        Assert.Equal(decision.Rules.Distinct(), decision.Rules);
        Assert.Equal(decision.Destinations.Distinct(), decision.Destinations);
    }
}
