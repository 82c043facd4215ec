namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// When a champion counts as active and when they are nudged. Pure: the caller passes London dates. Six months
/// without a session makes a champion inactive; the nudge comes well before that, at 90 days, so it can still help.
/// </summary>
public static class ChampionActivity
{
    public const int NudgeAfterDays = 90;
    public const int FirstBriefingReminderAfterDays = 30;

    /// <summary>The session counts that are thanked; there is no public ranking of champions.</summary>
    public static readonly IReadOnlyList<int> Milestones = [1, 5, 10, 25];

    public static bool IsActive(DateOnly? lastSession, DateOnly today) =>
        lastSession is { } last && last > today.AddMonths(-6);

    /// <summary>The day to nudge a champion whose last session was on <paramref name="lastSession"/>.</summary>
    public static DateOnly NudgeOn(DateOnly lastSession) => lastSession.AddDays(NudgeAfterDays);

    /// <summary>The one reminder after the champion course, if nothing has been logged by then.</summary>
    public static DateOnly FirstBriefingReminderOn(DateOnly trainedOn) => trainedOn.AddDays(FirstBriefingReminderAfterDays);

    /// <summary>The milestone a champion reaches with their <paramref name="sessions"/>-th session, if any.</summary>
    public static int? MilestoneAt(int sessions) => Milestones.Contains(sessions) ? sessions : null;
}
