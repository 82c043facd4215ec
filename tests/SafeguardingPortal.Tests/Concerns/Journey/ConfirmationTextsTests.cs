using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.ReportConcern;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns.Journey;

/// <summary>What the confirmation tells the reporter (routing.md §6.4), over every scenario's decision.</summary>
public sealed class ConfirmationTextsTests
{
    public static TheoryData<string> ValidScenarios => [.. Scenario.All.Where(s => s.ExpectStatus is null).Select(s => s.Id)];

    private static (RoutingDecision Decision, ConfirmationText Text) For(string id)
    {
        var answers = JourneyAnswers.From(Scenario.All.Single(s => s.Id == id).Request);
        var now = DateTimeOffset.Parse((string?)Scenario.All.Single(s => s.Id == id).Request["submittedAt"] ?? "2026-11-18T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var decision = JourneyAnswers.Context(answers, now).ProvisionalDecision!;
        var text = ConfirmationTexts.For(decision, answers.GiveName == "no" && answers.MayBeAnonymous, code => TestRouting.Data.Register.Find(code)?.Name ?? code, new EnglishText());
        return (decision, text);
    }

    private static string All(ConfirmationText text) => string.Join(" ", text.Emergency.Append(text.Headline).Concat(text.People).Concat(text.Notes));

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void NoPageSays_ACityTeamActs_WhenNoCityTeamReceivesIt(string id)
    {
        var (decision, text) = For(id);
        var cityActs = decision.Destinations.Any(d => d.AuthorityCode == Authority.City && d.Action is RoutingAction.Referral or RoutingAction.InformationRecord or RoutingAction.Transfer);

        Assert.Equal(cityActs, text.CityActs);
        if (!cityActs)
        {
            Assert.StartsWith("The City of London will not act on this report.", text.Headline, StringComparison.Ordinal);
            Assert.DoesNotContain("We'll read this", All(text), StringComparison.Ordinal);
            Assert.DoesNotContain("We've sent your report", All(text), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void EmergencyAdvice_ComesFirst_AndOnlyWhenTheDecisionSaysSo(string id)
    {
        var (decision, text) = For(id);

        Assert.Equal(decision.EmergencyAdvice, text.Emergency.Count > 0);
    }

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void EveryCouncilSignposted_HasItsContactsShown(string id)
    {
        var (decision, text) = For(id);
        var councils = StepContext.OtherCouncilSignposts(decision).Select(d => d.AuthorityCode).Distinct().Order();

        Assert.Equal(councils, text.Councils.Select(c => c.Code).Order());
    }

    [Fact]
    public void AChildLivingInWestminster_IsPassedOnToWestminster()
    {
        var (_, text) = For("S19");

        Assert.Contains("We're passing your report on to Westminster.", text.Headline, StringComparison.Ordinal);
        Assert.Contains("A social worker at Westminster will decide what to do next.", All(text), StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfHours_TheCityTellsWhenItWillReadTheReport()
    {
        var (_, text) = For("S03");

        Assert.Contains(text.Notes, n => n.StartsWith("We'll read this on Monday", StringComparison.Ordinal));
        Assert.NotEmpty(text.CallNow);
    }

    [Fact]
    public void AnAdultWithoutApparentNeedsElsewhere_IsNotActedOnByTheCity_UnlessAsked()
    {
        var (_, text) = For("S04");

        Assert.Contains("The City of London will not act on what you told us about the person.", All(text), StringComparison.Ordinal);
    }
}
