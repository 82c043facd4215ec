using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>The job's rules: a nudge once per gap, the first-briefing reminder, one thank-you per milestone, escalation after five working days.</summary>
public sealed class ChampionReminderRulesTests
{
    private static readonly DateOnly Since = new(2026, 1, 5);

    [Fact]
    public void The_nudge_is_due_ninety_days_into_a_gap_and_keyed_by_the_gap()
    {
        var lastSession = new DateOnly(2026, 3, 2);
        Assert.Null(ChampionActivity.NudgeDue(lastSession, Since, lastSession.AddDays(89)));
        Assert.Equal(lastSession, ChampionActivity.NudgeDue(lastSession, Since, lastSession.AddDays(90)));
        Assert.Equal(lastSession, ChampionActivity.NudgeDue(lastSession, Since, lastSession.AddDays(200)));

        // With no session the gap starts when they became a champion.
        Assert.Null(ChampionActivity.NudgeDue(null, Since, Since.AddDays(89)));
        Assert.Equal(Since, ChampionActivity.NudgeDue(null, Since, Since.AddDays(90)));
    }

    [Fact]
    public void The_first_briefing_reminder_is_due_from_day_thirty_while_nothing_is_logged()
    {
        Assert.False(ChampionActivity.FirstBriefingReminderDue(Since, 0, Since.AddDays(29)));
        Assert.True(ChampionActivity.FirstBriefingReminderDue(Since, 0, Since.AddDays(30)));
        Assert.False(ChampionActivity.FirstBriefingReminderDue(Since, 1, Since.AddDays(30)));
        Assert.False(ChampionActivity.FirstBriefingReminderDue(null, 0, Since.AddDays(30)));
    }

    [Theory]
    [InlineData(0, new int[0], null)]
    [InlineData(1, new int[0], 1)]
    [InlineData(1, new[] { 1 }, null)]
    [InlineData(4, new[] { 1 }, null)]
    [InlineData(5, new[] { 1 }, 5)]
    [InlineData(12, new[] { 1 }, 10)]
    [InlineData(9, new[] { 10 }, null)]
    [InlineData(30, new[] { 1, 5, 10 }, 25)]
    [InlineData(30, new[] { 1, 5, 10, 25 }, null)]
    public void Each_milestone_is_thanked_once_and_a_jump_gets_one_message(int sessions, int[] thanked, int? expected) =>
        Assert.Equal(expected, ChampionActivity.MilestoneToThank(sessions, thanked));

    [Fact]
    public void A_request_escalates_once_five_working_days_have_passed_not_counting_weekends_or_bank_holidays()
    {
        static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

        // Monday 2 March 2026: Tuesday to the next Monday are the five working days.
        Assert.Equal(new DateOnly(2026, 3, 10), ChampionActivity.EscalateOn(new DateOnly(2026, 3, 2), Weekday));

        // Thursday 2 April 2026, with Good Friday and Easter Monday off: Tue 7 to Mon 13 April.
        var easter = new HashSet<DateOnly> { new(2026, 4, 3), new(2026, 4, 6) };
        Assert.Equal(new DateOnly(2026, 4, 14), ChampionActivity.EscalateOn(new DateOnly(2026, 4, 2), d => Weekday(d) && !easter.Contains(d)));
    }
}
