using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>Active means a session in the last six months; the nudge at 90 days; the first-briefing reminder; milestones; edit rights.</summary>
public sealed class ChampionActivityTests
{
    private static readonly DateOnly Session = new(2026, 3, 31);

    [Fact]
    public void A_champion_is_active_for_six_months_after_a_session()
    {
        Assert.True(ChampionActivity.IsActive(Session, Session));
        Assert.True(ChampionActivity.IsActive(Session, new DateOnly(2026, 9, 30)));
        Assert.False(ChampionActivity.IsActive(Session, new DateOnly(2026, 10, 1)));
        Assert.False(ChampionActivity.IsActive(null, Session));
    }

    [Fact]
    public void The_nudge_comes_at_ninety_days_and_the_first_briefing_reminder_at_thirty()
    {
        Assert.Equal(new DateOnly(2026, 6, 29), ChampionActivity.NudgeOn(Session));
        Assert.Equal(new DateOnly(2026, 4, 30), ChampionActivity.FirstBriefingReminderOn(Session));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, null)]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    [InlineData(24, null)]
    [InlineData(25, 25)]
    [InlineData(26, null)]
    public void Milestones_are_the_first_fifth_tenth_and_twenty_fifth_session(int sessions, int? milestone) =>
        Assert.Equal(milestone, ChampionActivity.MilestoneAt(sessions));

    [Fact]
    public void A_champion_changes_their_own_log_for_fourteen_days_then_only_a_lead_may()
    {
        var logged = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.True(BriefingEdits.MayChange(logged, logged.AddDays(14).AddTicks(-1), facilitated: true, isLead: false));
        Assert.False(BriefingEdits.MayChange(logged, logged.AddDays(14), facilitated: true, isLead: false));
        Assert.False(BriefingEdits.MayChange(logged, logged, facilitated: false, isLead: false));
        Assert.True(BriefingEdits.MayChange(logged, logged.AddYears(1), facilitated: false, isLead: true));
    }

    [Fact]
    public void A_session_logged_more_than_thirty_days_late_is_flagged()
    {
        Assert.False(BriefingEdits.IsBackdated(Session, Session.AddDays(30)));
        Assert.True(BriefingEdits.IsBackdated(Session, Session.AddDays(31)));
    }
}
