using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>Attendances, unique people and unnamed head-count kept apart; a co-facilitated session counted once.</summary>
public sealed class BriefingReachTests
{
    private static readonly Guid Ann = Guid.NewGuid(), Ben = Guid.NewGuid(), Cat = Guid.NewGuid();

    [Fact]
    public void A_co_facilitated_session_counts_its_audience_once()
    {
        var session = Guid.NewGuid();
        var totals = BriefingReach.Total(
        [
            new(session, 12, [Ann, Ben]),
            new(session, 12, [Ann, Ben]),
        ]);

        Assert.Equal(new BriefingReachTotals(1, 2, 2, 10), totals);
    }

    [Fact]
    public void Someone_briefed_twice_is_two_attendances_and_one_person()
    {
        var totals = BriefingReach.Total(
        [
            new(Guid.NewGuid(), 10, [Ann, Ben]),
            new(Guid.NewGuid(), 8, [Ann, Cat]),
            new(Guid.NewGuid(), 15, []),
        ]);

        Assert.Equal(3, totals.Sessions);
        Assert.Equal(4, totals.Attendances);
        Assert.Equal(3, totals.UniquePeople);
        Assert.Equal(8 + 6 + 15, totals.UnnamedHeadCount);
    }

    [Fact]
    public void A_head_count_below_the_sign_ins_adds_no_unnamed_people()
    {
        var totals = BriefingReach.Total([new(Guid.NewGuid(), 1, [Ann, Ben, Cat, Ann])]);

        Assert.Equal(new BriefingReachTotals(1, 3, 3, 0), totals);
    }
}
