using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Pledges;

/// <summary>Current, lapsed, renewed and withdrawn pledges; one shown per person; the 30-day follow-up; how the wall names people.</summary>
public sealed class PledgeRulesTests
{
    private static readonly DateTimeOffset Pledged = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_pledge_is_current_for_twelve_months_then_lapses()
    {
        var pledge = New();

        Assert.Equal(PledgeStatus.Current, PledgeRules.Status(pledge, Pledged));
        Assert.Equal(PledgeStatus.Current, PledgeRules.Status(pledge, new DateTimeOffset(2027, 3, 10, 8, 59, 59, TimeSpan.Zero)));
        Assert.Equal(PledgeStatus.Lapsed, PledgeRules.Status(pledge, new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_withdrawn_pledge_is_withdrawn_whatever_its_age()
    {
        var pledge = New();
        pledge.WithdrawnAt = Pledged.AddDays(1);

        Assert.Equal(PledgeStatus.Withdrawn, PledgeRules.Status(pledge, Pledged.AddDays(2)));
        Assert.Equal(PledgeStatus.Withdrawn, PledgeRules.Status(pledge, Pledged.AddYears(2)));
    }

    [Fact]
    public void A_renewed_pledge_is_ended_and_only_a_lapsed_one_can_be_renewed()
    {
        var lapsed = New(at: Pledged.AddMonths(-13));
        var current = New();

        Assert.True(PledgeRules.CanRenew(lapsed, Pledged));
        Assert.False(PledgeRules.CanRenew(current, Pledged));
        lapsed.RenewedAsId = current.Id;
        Assert.Equal(PledgeStatus.Renewed, PledgeRules.Status(lapsed, Pledged));
        Assert.True(PledgeRules.IsEnded(lapsed));
        Assert.False(PledgeRules.CanRenew(lapsed, Pledged));
        Assert.False(PledgeRules.IsEnded(current));
    }

    [Fact]
    public void The_follow_up_is_due_from_30_days_after_pledging_once_and_only_while_the_pledge_counts()
    {
        var pledge = New();
        var clock = new FakeTime(Pledged.AddDays(30).AddTicks(-1));

        Assert.False(PledgeRules.FollowUpDue(pledge, clock.GetUtcNow()));
        clock.Now = Pledged.AddDays(30);
        Assert.True(PledgeRules.FollowUpDue(pledge, clock.GetUtcNow()));
        clock.Now = Pledged.AddMonths(12).AddTicks(-1);
        Assert.True(PledgeRules.FollowUpDue(pledge, clock.GetUtcNow()));

        // Lapsed: past asking.
        clock.Now = Pledged.AddMonths(12);
        Assert.False(PledgeRules.FollowUpDue(pledge, clock.GetUtcNow()));

        clock.Now = Pledged.AddDays(40);
        pledge.FollowUpSentAt = Pledged.AddDays(30);
        Assert.False(PledgeRules.FollowUpDue(pledge, clock.GetUtcNow()));

        var withdrawn = New();
        withdrawn.WithdrawnAt = Pledged.AddDays(1);
        Assert.False(PledgeRules.FollowUpDue(withdrawn, clock.GetUtcNow()));
        Assert.False(PledgeRules.FollowUpDue(New(quarantine: "honeypot"), clock.GetUtcNow()));
        var renewed = New();
        renewed.RenewedAsId = Guid.NewGuid();
        Assert.False(PledgeRules.FollowUpDue(renewed, clock.GetUtcNow()));
    }

    [Fact]
    public void Quarantined_pledges_are_never_counted_nor_on_the_wall()
    {
        var quarantined = New(onWall: true, quarantine: "honeypot");
        var good = New(onWall: true);

        Assert.False(PledgeRules.IsCounted(quarantined, Pledged));
        Assert.False(PledgeRules.IsOnWall(quarantined, Pledged));
        Assert.True(PledgeRules.IsCounted(good, Pledged));
        Assert.True(PledgeRules.IsOnWall(good, Pledged));
        Assert.False(PledgeRules.IsOnWall(New(onWall: false), Pledged));
    }

    [Fact]
    public void The_latest_pledge_not_withdrawn_is_the_persons_pledge()
    {
        var old = New(at: Pledged.AddYears(-2));
        var renewed = New();
        var withdrawn = New(at: Pledged.AddDays(3));
        withdrawn.WithdrawnAt = Pledged.AddDays(4);

        Assert.Same(renewed, PledgeRules.Latest([old, withdrawn, renewed]));
        Assert.Same(old, PledgeRules.Latest([old, withdrawn]));
        Assert.Null(PledgeRules.Latest([withdrawn]));

        // A renewed pledge is never the person's pledge, even were its renewal older (clocks differ between servers).
        var replaced = New(at: Pledged.AddDays(5));
        replaced.RenewedAsId = renewed.Id;
        Assert.Same(renewed, PledgeRules.Latest([replaced, renewed]));
    }

    [Theory]
    [InlineData(PledgeSource.Staff, false, "Amira", "Open Spaces", "a colleague in Open Spaces")]
    [InlineData(PledgeSource.Staff, true, "Amira", "Open Spaces", "Amira, Open Spaces")]
    [InlineData(PledgeSource.Staff, true, null, "Open Spaces", "a colleague in Open Spaces")]
    [InlineData(PledgeSource.Staff, false, "Amira", null, "a colleague")]
    [InlineData(PledgeSource.Member, false, "Amira", null, "a Member of the Court of Common Council")]
    [InlineData(PledgeSource.Member, true, "Amira", null, "Amira, Member of the Court of Common Council")]
    [InlineData(PledgeSource.Public, false, "Amira", null, "a member of the public")]
    [InlineData(PledgeSource.Public, true, " Amira ", null, "Amira")]
    public void The_wall_is_anonymous_unless_the_person_chose_their_name(PledgeSource source, bool showName, string? firstName, string? department, string expected) =>
        Assert.Equal(expected, PledgeRules.WallLabel(new Pledge { Source = source, ShowName = showName, FirstName = firstName, OnWall = true }, department));

    private static Pledge New(DateTimeOffset? at = null, bool onWall = false, string? quarantine = null) =>
        new() { Id = Guid.NewGuid(), PledgedAt = at ?? Pledged, OnWall = onWall, QuarantineReason = quarantine, Source = PledgeSource.Staff };
}
