using SafeguardingPortal.Features.Dashboard;

namespace SafeguardingPortal.Tests.Dashboard;

/// <summary>Figures about one to four people show as "&lt;5" below lead level, and take their percentage with them.</summary>
public sealed class SmallNumbersTests
{
    [Theory]
    [InlineData(0, false, "0")]
    [InlineData(1, false, "<5")]
    [InlineData(4, false, "<5")]
    [InlineData(5, false, "5")]
    [InlineData(4, true, "4")]
    [InlineData(12345, false, "12,345")]
    public void Counts_of_one_to_four_people_are_suppressed_below_lead_level(int people, bool lead, string shown) =>
        Assert.Equal(shown, SmallNumbers.Show(people, lead));

    [Theory]
    [InlineData(3, 40, false, "<5 of 40")]
    [InlineData(3, 3, false, "<5 of <5")]
    [InlineData(2, 3, true, "2 of 3 (66%)")]
    [InlineData(36, 40, false, "36 of 40 (90%)")]
    [InlineData(0, 0, false, "0 of 0")]
    public void A_suppressed_figure_hides_the_percentage_that_would_give_it_back(int numerator, int denominator, bool lead, string shown) =>
        Assert.Equal(shown, SmallNumbers.ShowShare(numerator, denominator, lead));
}
