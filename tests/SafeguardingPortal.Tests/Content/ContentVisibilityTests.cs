using SafeguardingPortal.Content;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Content;

public class ContentVisibilityTests
{
    private static readonly CampaignPhase Residents = new("residents-2014", "Residents", Audience.Public, new(2014, 9, 1), new(2014, 12, 31), "Headline");

    private static ContentPage Page(string phase = CampaignPhase.Evergreen, DateOnly? from = null, DateOnly? until = null) =>
        new("en/x.md", "/x", "en", "X", "X", Audience.Public, phase, from, until, null, null, PageLayout.Page, null, MarkdownRenderer.Render("x"));

    private static ContentSnapshot Snapshot(ContentPage page) => new([Residents], [page], [], "v");

    [Theory]
    [InlineData("2026-05-31", false)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void IsVisible_PublishWindow_IsInclusive(string today, bool visible)
    {
        var page = Page(from: new(2026, 6, 1), until: new(2026, 6, 30));

        Assert.Equal(visible, Snapshot(page).IsVisible(page, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2014-08-31", false)]
    [InlineData("2014-09-01", true)]
    [InlineData("2014-12-31", true)]
    [InlineData("2015-01-01", false)]
    public void IsVisible_PhasePage_OnlyWhileThePhaseRuns(string today, bool visible)
    {
        var page = Page(phase: Residents.Id);

        Assert.Equal(visible, Snapshot(page).IsVisible(page, DateOnly.Parse(today)));
    }

    [Fact]
    public void IsVisible_EvergreenPage_Always() => Assert.True(Snapshot(Page()).IsVisible(Page(), new(1990, 1, 1)));

    [Fact]
    public void RunningPhases_ShortestFirst()
    {
        var week = new CampaignPhase("week", "Week", Audience.All, new(2014, 11, 17), new(2014, 11, 23), "Headline");
        var snapshot = new ContentSnapshot([Residents, week], [], [], "v");

        Assert.Equal(["week", "residents-2014"], snapshot.RunningPhases(new(2014, 11, 20)).Select(p => p.Id));
        Assert.Empty(snapshot.RunningPhases(new(2015, 1, 1)));
    }

    [Theory]
    [InlineData("2026-11-22T23:30:00Z", "2026-11-22")]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")]
    public void LondonTime_Today_UsesLondonDate(string utc, string london) =>
        Assert.Equal(DateOnly.Parse(london), LondonTime.Today(new FakeTime(DateTimeOffset.Parse(utc))));
}
