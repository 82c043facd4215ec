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

    public const int RequestAcceptWorkingDays = 5;

    /// <summary>
    /// The start of the current gap without a session, if the nudge for it is due: the last session, or the day the
    /// person became a champion when they have none. Keyed by that day, a nudge goes once per gap.
    /// </summary>
    public static DateOnly? NudgeDue(DateOnly? lastSession, DateOnly championSince, DateOnly today)
    {
        var gapStarted = lastSession ?? championSince;
        return today >= NudgeOn(gapStarted) ? gapStarted : null;
    }

    /// <summary>The first-briefing reminder is due from day 30 after the champion course while nothing is logged.</summary>
    public static bool FirstBriefingReminderDue(DateOnly? trainedOn, int sessions, DateOnly today) =>
        sessions == 0 && trainedOn is { } trained && today >= FirstBriefingReminderOn(trained);

    /// <summary>
    /// The milestone to thank a champion for now: the highest one reached above any already thanked, so a champion
    /// whose count jumps (several logged at once) gets one message, and a deleted log never repeats a thank-you.
    /// </summary>
    public static int? MilestoneToThank(int sessions, IReadOnlyCollection<int> thanked)
    {
        var highestThanked = thanked.Count == 0 ? 0 : thanked.Max();
        var reached = Milestones.Where(m => m <= sessions && m > highestThanked).ToList();
        return reached.Count == 0 ? null : reached.Max();
    }

    /// <summary>
    /// The day an unaccepted briefing request goes to the department's lead: once the fifth working day after the
    /// day it was made has ended. Weekends and bank holidays do not count.
    /// </summary>
    public static DateOnly EscalateOn(DateOnly requestedOn, Func<DateOnly, bool> isWorkingDay)
    {
        var day = requestedOn;
        for (var counted = 0; counted < RequestAcceptWorkingDays;)
        {
            day = day.AddDays(1);
            if (isWorkingDay(day))
            {
                counted++;
            }
        }

        return day.AddDays(1);
    }
}
