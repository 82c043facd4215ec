namespace SafeguardingPortal.Features.Dashboard.Impact;

/// <summary>Concerns per week in a window, and how many days of it have passed (a window still running counts only those).</summary>
public sealed record WeeklyRate(DateOnly From, DateOnly To, int Days, int Concerns)
{
    /// <summary>Unrounded, so a change is worked out from the rates themselves rather than from the figures shown.</summary>
    public decimal Rate => Days == 0 ? 0 : Concerns * 7m / Days;

    public decimal PerWeek => Math.Round(Rate, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A campaign phase against the same length of time just before it and just after it.</summary>
public sealed record PhaseImpact(string PhaseId, string Name, WeeklyRate Before, WeeklyRate During, WeeklyRate After)
{
    /// <summary>The change in concerns per week from before to during, in per cent; null with nothing before to compare.</summary>
    public int? ChangeDuring => Change(During);

    public int? ChangeAfter => Change(After);

    private int? Change(WeeklyRate rate) =>
        Before.Rate == 0 || rate.Days == 0 ? null : (int)Math.Round(100m * (rate.Rate - Before.Rate) / Before.Rate, MidpointRounding.AwayFromZero);
}

/// <summary>One channel's funnel: start page visits, reports started, reports submitted.</summary>
public sealed record ChannelFunnel(string Channel, int Visits, int Started, int Submitted);

/// <summary>
/// Campaign impact, pure: the caller passes London dates. Each phase is compared with windows of its own length
/// before and after it, so a six-week phase is set against the six weeks either side; windows stop at today.
/// </summary>
public static class CampaignImpact
{
    public static PhaseImpact ForPhase(string id, string name, DateOnly start, DateOnly end, IReadOnlyList<DateOnly> concerns, DateOnly today)
    {
        var length = end.DayNumber - start.DayNumber + 1;
        return new(id, name,
            Rate(start.AddDays(-length), start.AddDays(-1), concerns, today),
            Rate(start, end, concerns, today),
            Rate(end.AddDays(1), end.AddDays(length), concerns, today));
    }

    public static IReadOnlyList<ChannelFunnel> Funnels(
        IEnumerable<(string Channel, ChannelStage Stage, int Count)> counts, IEnumerable<(string Channel, int Submitted)> submitted)
    {
        var stages = counts.GroupBy(c => c.Channel).ToDictionary(
            g => g.Key,
            g => (Visits: g.Where(c => c.Stage == ChannelStage.Visit).Sum(c => c.Count), Started: g.Where(c => c.Stage == ChannelStage.Start).Sum(c => c.Count)));
        var sent = submitted.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Sum(s => s.Submitted));
        return
        [
            .. stages.Keys.Union(sent.Keys)
                .Select(c => new ChannelFunnel(c, stages.GetValueOrDefault(c).Visits, stages.GetValueOrDefault(c).Started, sent.GetValueOrDefault(c)))
                .OrderByDescending(f => f.Submitted).ThenByDescending(f => f.Visits).ThenBy(f => f.Channel, StringComparer.Ordinal),
        ];
    }

    private static WeeklyRate Rate(DateOnly from, DateOnly to, IReadOnlyList<DateOnly> concerns, DateOnly today)
    {
        var last = to < today ? to : today;
        var days = Math.Max(0, last.DayNumber - from.DayNumber + 1);
        return new(from, to, days, days == 0 ? 0 : concerns.Count(d => d >= from && d <= last));
    }
}
