using SafeguardingPortal.Features.Pledges;

namespace SafeguardingPortal.Tests.Pledges;

/// <summary>Current, lapsed and withdrawn pledges; one shown per person; how the wall names people.</summary>
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
