using SafeguardingPortal.Features.Dashboard;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Green at the target, amber within fifteen points below it, red under that or with nobody to count.</summary>
public sealed class RagTests
{
    [Theory]
    [InlineData(90, 100, RagStatus.Green)]
    [InlineData(8999, 10000, RagStatus.Amber)]
    [InlineData(75, 100, RagStatus.Amber)]
    [InlineData(74, 100, RagStatus.Red)]
    [InlineData(0, 0, RagStatus.Red)]
    [InlineData(5, 5, RagStatus.Green)]
    public void Against_the_default_target_of_90_percent(int numerator, int denominator, RagStatus expected) =>
        Assert.Equal(expected, Rag.For(numerator, denominator));

    [Fact]
    public void The_target_is_configurable()
    {
        Assert.Equal(RagStatus.Green, Rag.For(80, 100, target: 80));
        Assert.Equal(RagStatus.Amber, Rag.For(80, 100, target: 95));
        Assert.Equal(RagStatus.Red, Rag.For(79, 100, target: 95));
    }
}
