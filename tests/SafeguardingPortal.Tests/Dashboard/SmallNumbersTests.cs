using SafeguardingPortal.Features.Dashboard;

namespace SafeguardingPortal.Tests.Dashboard;

public sealed class SmallNumbersTests
{
    [Theory]
    [InlineData(0, true, "<5")]
    [InlineData(4, true, "<5")]
    [InlineData(5, true, "5")]
    [InlineData(1234, true, "1,234")]
    [InlineData(0, false, "0")]
    [InlineData(4, false, "4")]
    public void Show_HidesFiguresAboutFewerThanFivePeople_OnlyWhenSuppressing(int count, bool suppress, string expected) =>
        Assert.Equal(expected, SmallNumbers.Show(count, suppress));

    [Theory]
    [InlineData(12, 40, true, "12 of 40 (30%)")]
    [InlineData(3, 40, true, "<5 of 40")]
    [InlineData(3, 4, true, "<5 of <5")]
    [InlineData(3, 4, false, "3 of 4 (75%)")]
    [InlineData(0, 0, false, "0 of 0")]
    public void OfTotal_LeavesTheShareOutWhenAFigureIsHidden(int count, int total, bool suppress, string expected) =>
        Assert.Equal(expected, SmallNumbers.OfTotal(count, total, suppress));
}
