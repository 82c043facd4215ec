using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

public sealed class LondonTimeTests
{
    [Theory]
    [InlineData(2026, 1, 15, "2026-01-15T00:00:00+00:00")] // GMT
    [InlineData(2026, 7, 1, "2026-06-30T23:00:00+00:00")] // BST: London's midnight is 23:00 UTC the day before
    [InlineData(2026, 3, 29, "2026-03-29T00:00:00+00:00")] // the day the clocks go forward begins in GMT
    [InlineData(2026, 10, 25, "2026-10-24T23:00:00+00:00")] // the day they go back begins in BST
    public void A_london_date_starts_at_londons_midnight(int year, int month, int day, string instant)
    {
        var start = LondonTime.StartOf(new DateOnly(year, month, day));

        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(new DateOnly(year, month, day), LondonTime.Date(start));
        Assert.Equal(new DateOnly(year, month, day).AddDays(-1), LondonTime.Date(start.AddTicks(-1)));
    }
}
