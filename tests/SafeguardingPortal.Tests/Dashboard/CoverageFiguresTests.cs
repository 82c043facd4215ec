using SafeguardingPortal.Features.Dashboard;
using SafeguardingPortal.Features.Dashboard.Coverage;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Coverage over the head-count (or accounts until one is recorded), capped at 100%, summed overall, against the target.</summary>
public sealed class CoverageFiguresTests
{
    [Fact]
    public void Figures_are_over_the_head_count_with_red_amber_green_against_the_target()
    {
        var c = CoverageFigures.For(new CohortInputs("open-spaces", HeadCount: 200, Accounts: 150, Pledged: 180, Trained: 150, Briefed: 100), target: 90);

        Assert.Equal((200, true), (c.Denominator, c.HeadCountRecorded));
        Assert.Equal(new Measure(180, 200, RagStatus.Green), c.Pledged);
        Assert.Equal(new Measure(150, 200, RagStatus.Amber), c.Trained);
        Assert.Equal(new Measure(100, 200, RagStatus.Red), c.Briefed);
        Assert.Equal(75, c.Trained.Percent);
    }

    [Fact]
    public void Without_a_head_count_people_with_accounts_are_the_denominator()
    {
        var c = CoverageFigures.For(new CohortInputs("town-clerks", HeadCount: null, Accounts: 40, Pledged: 10, Trained: 0, Briefed: 0), target: 90);

        Assert.Equal((40, false), (c.Denominator, c.HeadCountRecorded));
        Assert.Equal(25, c.Pledged.Percent);
    }

    [Fact]
    public void A_numerator_over_its_head_count_is_capped_so_coverage_never_passes_100_percent()
    {
        var c = CoverageFigures.For(new CohortInputs("barbican-centre", HeadCount: 10, Accounts: 12, Pledged: 12, Trained: 3, Briefed: 25), target: 90);

        Assert.Equal(new Measure(10, 10, RagStatus.Green), c.Pledged);
        Assert.Equal(new Measure(10, 10, RagStatus.Green), c.Briefed);
    }

    [Fact]
    public void Overall_sums_the_capped_figures_so_one_departments_excess_does_not_hide_anothers_gap()
    {
        var cohorts = new[]
        {
            CoverageFigures.For(new CohortInputs("a", 10, 10, Pledged: 30, Trained: 10, Briefed: 0), 90),
            CoverageFigures.For(new CohortInputs("b", 10, 10, Pledged: 0, Trained: 9, Briefed: 0), 90),
        };

        var overall = CoverageFigures.Overall("All departments", cohorts, 90);

        Assert.Equal(new Measure(10, 20, RagStatus.Red), overall.Pledged);
        Assert.Equal(new Measure(19, 20, RagStatus.Green), overall.Trained);
    }

    [Fact]
    public void The_target_is_configurable()
    {
        var inputs = new CohortInputs("a", 100, 100, Pledged: 80, Trained: 80, Briefed: 80);

        Assert.Equal(RagStatus.Amber, CoverageFigures.For(inputs, 90).Pledged.Rag);
        Assert.Equal(RagStatus.Green, CoverageFigures.For(inputs, 80).Pledged.Rag);
    }
}
