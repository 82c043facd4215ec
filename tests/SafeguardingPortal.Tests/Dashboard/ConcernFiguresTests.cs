using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Dashboard.Concerns;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Concerns by source, team, urgency and category from the database's counts; quarantine apart; timeliness; how often adults felt safer.</summary>
public sealed class ConcernFiguresTests
{
    [Fact]
    public void Concerns_are_counted_by_source_team_and_urgency_with_quarantine_apart()
    {
        ConcernGroup[] groups =
        [
            new(ReporterRole.Public, Urgency.P2, false, 0, 2),
            new(ReporterRole.CorporationStaff, Urgency.P1, false, 0, 1),
            new(ReporterRole.Professional, Urgency.P3, false, 0, 1),
            new(ReporterRole.Public, Urgency.P3, true, 0, 3),
        ];

        var totals = ConcernFigures.For(Inputs(groups, byTeam: new() { [Team.Children] = 3, [Team.Adults] = 1, [Team.DepartmentLead] = 1 }));

        Assert.Equal((4, 3), (totals.Received, totals.Quarantined));
        Assert.Equal([new("Self", 0), new("Public", 2), new("Staff", 1), new("Professional", 1)], totals.BySource);
        Assert.Equal([new("Children", 3), new("Adults", 1), new("DepartmentLead", 1)], totals.ByTeam);
        Assert.Equal([new("P0", 0), new("P1", 1), new("P2", 2), new("P3", 1)], totals.ByUrgency);
    }

    [Fact]
    public void A_report_counts_under_each_kind_of_abuse_ticked_most_first_and_old_reports_are_not_recorded()
    {
        ConcernGroup[] groups =
        [
            Group(CategoryMask.Of([Category.Neglect, Category.DomesticAbuse]), 1),
            Group(CategoryMask.Of([Category.Neglect]), 1),
            Group(CategoryMask.Of([Category.Financial, Category.Neglect]), 1),
            Group(CategoryMask.Of([Category.Fgm]), 1, quarantined: true),
            Group(0, 1),
        ];

        var totals = ConcernFigures.For(Inputs(groups));

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
    public void Timeliness_counts_decisions_by_their_london_deadline_and_the_median()
    {
        var received = new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(1));
        Decision[] decisions =
        [
            new(received, new(2026, 4, 7), received.AddHours(2)),
            new(received, new(2026, 4, 7), received.AddHours(30)),
            new(received, new(2026, 4, 7), received.AddHours(50)),
            new(received, new(2026, 4, 7), received.AddHours(3)),
            new(received, new(2026, 4, 7), new DateTimeOffset(2026, 4, 7, 23, 30, 0, TimeSpan.Zero)), // 00:30 on the 8th in London
        ];

        var t = ConcernFigures.For(Inputs([], decisions: decisions, overdue: 2, feltSafer: new(2, 1)));

        Assert.Equal((5, 3, 60), (t.Timeliness.Decided, t.Timeliness.DecidedInTime, t.Timeliness.PercentInTime));
        Assert.Equal(TimeSpan.FromHours(30), t.Timeliness.MedianToDecision);
        Assert.Equal(2, t.Timeliness.OverdueNow);
        Assert.Equal(new FeltSafer(2, 1), t.FeltSafer);
    }

    private static ConcernGroup Group(int categories, int count, bool quarantined = false) => new(ReporterRole.Public, Urgency.P2, quarantined, categories, count);

    private static ConcernInputs Inputs(ConcernGroup[] groups, Dictionary<Team, int>? byTeam = null, Decision[]? decisions = null, int overdue = 0, FeltSafer? feltSafer = null) =>
        new(groups, byTeam ?? [], decisions ?? [], overdue, feltSafer ?? new(0, 0));
}
