using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Training;

public sealed class TestOutEligibilityTests
{
    private static readonly DateOnly Due = new(2029, 11, 18);

    [Fact]
    public void CanTestOut_OpensSixtyDaysBeforeTheDueDay()
    {
        Assert.False(Refreshers.CanTestOut(Due.AddDays(-61), Due, revoked: false));
        Assert.True(Refreshers.CanTestOut(Due.AddDays(-60), Due, revoked: false));
        Assert.True(Refreshers.CanTestOut(Due.AddDays(-1), Due, revoked: false));
    }

    [Fact]
    public void CanTestOut_StaysOpenOnceExpired()
    {
        Assert.True(Refreshers.CanTestOut(Due, Due, revoked: false));
        Assert.True(Refreshers.CanTestOut(Due.AddYears(2), Due, revoked: false));
    }

    [Fact]
    public void CanTestOut_NeverForARevokedCertificate()
    {
        Assert.False(Refreshers.CanTestOut(Due.AddDays(-10), Due, revoked: true));
        Assert.False(Refreshers.CanTestOut(Due.AddDays(10), Due, revoked: true));
    }
}
