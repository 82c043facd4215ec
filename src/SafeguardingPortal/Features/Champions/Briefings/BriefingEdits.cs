namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>Who may change a briefing log and when a date looks backdated. Every change is audited by the caller.</summary>
public static class BriefingEdits
{
    public const int OwnEditDays = 14;
    public const int BackdatingFlagDays = 30;

    /// <summary>A champion changes their own logs for 14 days after logging; after that only a lead may.</summary>
    public static bool MayChange(DateTimeOffset loggedAt, DateTimeOffset now, bool facilitated, bool isLead) =>
        isLead || (facilitated && now < loggedAt.AddDays(OwnEditDays));

    /// <summary>A session logged more than 30 days after it happened is flagged for the lead, not refused.</summary>
    public static bool IsBackdated(DateOnly heldOn, DateOnly loggedOn) => loggedOn.DayNumber - heldOn.DayNumber > BackdatingFlagDays;
}
