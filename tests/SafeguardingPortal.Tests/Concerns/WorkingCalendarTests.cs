using static SafeguardingPortal.Tests.Concerns.Requests;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>Office hours, the closing hour and the next working day (routing.md §8), on the repository's bank holidays.</summary>
public class WorkingCalendarTests
{
    private static readonly Features.Concerns.Routing.WorkingCalendar Calendar = TestRouting.Data.Calendar;

    [Theory]
    [InlineData("2026-03-10T08:59:59+00:00", false)] // Tuesday, before opening
    [InlineData("2026-03-10T09:00:00+00:00", true)]
    [InlineData("2026-03-10T16:59:59+00:00", true)]
    [InlineData("2026-03-10T17:00:00+00:00", false)]
    [InlineData("2026-06-15T16:30:00Z", false)] // 17:30 BST
    [InlineData("2026-06-15T08:30:00Z", true)] // 09:30 BST
    [InlineData("2026-03-14T12:00:00+00:00", false)] // Saturday
    [InlineData("2026-04-03T12:00:00+01:00", false)] // Good Friday
    [InlineData("2026-12-28T12:00:00+00:00", false)] // substitute Boxing Day
    public void IsOfficeHours(string instant, bool expected) => Assert.Equal(expected, Calendar.IsOfficeHours(DateTimeOffset.Parse(instant)));

    [Theory]
    [InlineData("2026-03-10T15:59:59+00:00", false)]
    [InlineData("2026-03-10T16:00:00+00:00", true)]
    [InlineData("2026-03-10T16:59:00+00:00", true)]
    [InlineData("2026-03-14T16:30:00+00:00", false)]
    public void IsClosingHour(string instant, bool expected) => Assert.Equal(expected, Calendar.IsClosingHour(DateTimeOffset.Parse(instant)));

    [Theory]
    [InlineData("2026-03-10T10:30:00+00:00", "2026-03-11")] // Tuesday 10:30 → Wednesday
    [InlineData("2026-03-13T18:30:00+00:00", "2026-03-16")] // Friday 18:30 → Monday
    [InlineData("2026-03-16T08:59:00+00:00", "2026-03-16")] // Monday 08:59 → that Monday
    [InlineData("2026-03-16T09:00:00+00:00", "2026-03-17")] // opening time itself is not strictly after
    [InlineData("2026-12-24T16:30:00+00:00", "2026-12-29")] // Christmas Eve → after Christmas and the substitute Boxing Day
    [InlineData("2026-04-02T17:30:00+01:00", "2026-04-07")] // Maundy Thursday evening → after Easter
    public void NextWorkingDay(string instant, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.NextWorkingDay(DateTimeOffset.Parse(instant)));

    [Fact]
    public void Decision_ReportsOfficeHoursAndNextWorkingDay()
    {
        var decision = About(Child()).Decide();

        Assert.True(decision.OfficeHours);
        Assert.Equal(new DateOnly(2026, 3, 11), decision.NextWorkingDay);
    }
}
