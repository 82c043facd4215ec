using SafeguardingPortal.Features.Dashboard.Impact;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Concerns per week before, during and after a phase (windows of the phase's own length, stopping at today), and channel funnels.</summary>
public sealed class CampaignImpactTests
{
    private static readonly DateOnly Start = new(2026, 3, 2), End = new(2026, 3, 15);

    [Fact]
    public void A_phase_is_compared_with_the_same_length_of_time_either_side()
    {
        // Two weeks each: 2 concerns before, 6 during, 4 after, and some outside every window.
        DateOnly[] concerns =
        [
            new(2026, 2, 10), new(2026, 2, 16), new(2026, 3, 1),
            new(2026, 3, 2), new(2026, 3, 5), new(2026, 3, 8), new(2026, 3, 9), new(2026, 3, 12), new(2026, 3, 15),
            new(2026, 3, 16), new(2026, 3, 20), new(2026, 3, 25), new(2026, 3, 29), new(2026, 3, 30),
        ];

        var impact = CampaignImpact.ForPhase("spring", "Spring", Start, End, concerns, today: new DateOnly(2026, 6, 1));

        Assert.Equal((new DateOnly(2026, 2, 16), new DateOnly(2026, 3, 1), 2), (impact.Before.From, impact.Before.To, impact.Before.Concerns));
        Assert.Equal((6, 3.0m), (impact.During.Concerns, impact.During.PerWeek));
        Assert.Equal((4, 2.0m), (impact.After.Concerns, impact.After.PerWeek));
        Assert.Equal(1.0m, impact.Before.PerWeek);
        Assert.Equal(200, impact.ChangeDuring);
        Assert.Equal(100, impact.ChangeAfter);
    }

    [Fact]
    public void The_change_is_worked_out_from_the_rates_not_from_the_rounded_figures_shown()
    {
        // Three days each: 1 before (2.3 a week shown), 2 during (4.7 shown): the rate doubled, +100%, not +104%.
        var start = new DateOnly(2026, 3, 4);
        DateOnly[] concerns = [new(2026, 3, 2), new(2026, 3, 4), new(2026, 3, 6)];

        var impact = CampaignImpact.ForPhase("short", "Short", start, start.AddDays(2), concerns, today: new DateOnly(2026, 6, 1));

        Assert.Equal((2.3m, 4.7m), (impact.Before.PerWeek, impact.During.PerWeek));
        Assert.Equal(100, impact.ChangeDuring);
    }

    [Fact]
    public void A_running_phase_counts_only_the_days_so_far_and_has_no_after_yet()
    {
        DateOnly[] concerns = [new(2026, 2, 20), new(2026, 2, 25), new(2026, 3, 3), new(2026, 3, 4), new(2026, 3, 20)];

        var impact = CampaignImpact.ForPhase("spring", "Spring", Start, End, concerns, today: new DateOnly(2026, 3, 8));

        Assert.Equal((7, 2, 2.0m), (impact.During.Days, impact.During.Concerns, impact.During.PerWeek));
        Assert.Equal(0, impact.After.Days);
        Assert.Null(impact.ChangeAfter);
        Assert.Equal(100, impact.ChangeDuring);
    }

    [Fact]
    public void Nothing_before_gives_no_change_rather_than_an_infinite_one()
    {
        var impact = CampaignImpact.ForPhase("spring", "Spring", Start, End, [new(2026, 3, 3)], today: new DateOnly(2026, 6, 1));

        Assert.Null(impact.ChangeDuring);
    }

    [Fact]
    public void Funnels_join_page_counts_with_submitted_reports_by_channel()
    {
        var funnels = CampaignImpact.Funnels(
            [("poster-1", ChannelStage.Visit, 10), ("poster-1", ChannelStage.Visit, 5), ("poster-1", ChannelStage.Start, 6), ("pledge-card", ChannelStage.Visit, 3), ("direct", ChannelStage.Start, 1)],
            [("poster-1", 4), ("direct", 2), ("noticeboard", 1)]);

        Assert.Equal(
            [new("poster-1", 15, 6, 4), new("direct", 0, 1, 2), new("noticeboard", 0, 0, 1), new("pledge-card", 3, 0, 0)],
            funnels);
    }
}
