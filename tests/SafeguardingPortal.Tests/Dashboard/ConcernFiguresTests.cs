using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Dashboard.Concerns;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Concerns by source, team, urgency and category in a date range; quarantine apart; timeliness; how often adults felt safer.</summary>
public sealed class ConcernFiguresTests
{
    private static readonly DateOnly From = new(2026, 4, 1), To = new(2026, 4, 30), Today = new(2026, 5, 10);

    [Fact]
    public void Concerns_in_the_range_are_counted_by_source_team_and_urgency_with_quarantine_apart()
    {
        ConcernRow[] concerns =
        [
            new(new(2026, 3, 31), ReporterRole.Public, Urgency.P2, false, [Team.Children]),
            new(new(2026, 4, 1), ReporterRole.Public, Urgency.P2, false, [Team.Children]),
            new(new(2026, 4, 15), ReporterRole.CorporationStaff, Urgency.P1, false, [Team.Children, Team.DepartmentLead]),
            new(new(2026, 4, 30), ReporterRole.Professional, Urgency.P3, false, [Team.Adults]),
            new(new(2026, 4, 20), ReporterRole.Public, Urgency.P3, true, [Team.Adults]),
            new(new(2026, 5, 1), ReporterRole.Self, Urgency.P0, false, [Team.Adults]),
        ];

        var totals = ConcernFigures.For(concerns, [], From, To, Today);

        Assert.Equal((3, 1), (totals.Received, totals.Quarantined));
        Assert.Equal([new("Self", 0), new("Public", 1), new("Staff", 1), new("Professional", 1)], totals.BySource);
        Assert.Equal([new("Children", 2), new("Adults", 1), new("DepartmentLead", 1)], totals.ByTeam);
        Assert.Equal([new("P0", 0), new("P1", 1), new("P2", 1), new("P3", 1)], totals.ByUrgency);
    }

    [Fact]
    public void A_report_counts_under_each_kind_of_abuse_ticked_most_first_and_old_reports_are_not_recorded()
    {
        ConcernRow[] concerns =
        [
            Row(CategoryMask.Of([Category.Neglect, Category.DomesticAbuse])),
            Row(CategoryMask.Of([Category.Neglect])),
            Row(CategoryMask.Of([Category.Financial, Category.Neglect])),
            Row(CategoryMask.Of([Category.Fgm]), quarantined: true),
            Row(0),
        ];

        var totals = ConcernFigures.For(concerns, [], From, To, Today);

        Assert.Equal([new("Neglect", 3), new("Domestic abuse", 1), new("Financial abuse", 1), new("Not recorded", 1)], totals.ByCategory);
    }

    [Fact]
    public void The_category_mask_keeps_every_category_apart()
    {
        var all = Enum.GetValues<Category>();
        var mask = CategoryMask.Of(all);

        Assert.All(all, c => Assert.True(CategoryMask.Has(mask, c)));
        Assert.All(all, c => Assert.Equal([c], all.Where(other => CategoryMask.Has(CategoryMask.Of([c]), other))));
        Assert.Equal(0, CategoryMask.Of([]));
    }

    [Fact]
    public void Timeliness_counts_decisions_by_their_deadline_the_median_and_what_is_overdue_now()
    {
        var received = new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(1));
        CaseRow[] cases =
        [
            new(Team.Children, received, new(2026, 4, 7), received.AddHours(2), Open: false, null),
            new(Team.Children, received, new(2026, 4, 7), received.AddHours(30), Open: true, null),
            new(Team.Adults, received, new(2026, 4, 7), received.AddHours(50), Open: false, 8),
            new(Team.Adults, received, new(2026, 4, 7), null, Open: true, null),
            new(Team.Adults, received.AddDays(-60), new(2026, 2, 9), null, Open: true, null),
            new(Team.Adults, received, new(2026, 4, 7), received.AddHours(3), Open: false, 4),
        ];

        var t = ConcernFigures.For([], cases, From, To, Today);

        Assert.Equal((4, 3, 75), (t.Timeliness.Decided, t.Timeliness.DecidedInTime, t.Timeliness.PercentInTime));
        Assert.Equal(TimeSpan.FromHours(16.5), t.Timeliness.MedianToDecision);
        Assert.Equal(2, t.Timeliness.OverdueNow);
        Assert.Equal(new FeltSafer(2, 1), t.FeltSafer);
    }

    private static ConcernRow Row(int categories, bool quarantined = false) =>
        new(new(2026, 4, 10), ReporterRole.Public, Urgency.P2, quarantined, [Team.Adults], categories);
}
