using SafeguardingPortal.Content;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// Office hours and working days (routing.md §8): Monday to Friday, opening to closing time in London, except
/// English bank holidays. The last hour before closing is the "closing hour", when pages show both numbers.
/// </summary>
public sealed class WorkingCalendar(TimeOnly opens, TimeOnly closes, TimeOnly closingHourStarts, IReadOnlySet<DateOnly> bankHolidays)
{
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);

    public bool IsOfficeHours(DateTimeOffset instant)
    {
        var local = LondonTime.ToLondon(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= opens && time < closes;
    }

    public bool IsClosingHour(DateTimeOffset instant) =>
        IsOfficeHours(instant) && TimeOnly.FromDateTime(LondonTime.ToLondon(instant).DateTime) >= closingHourStarts;

    /// <summary>The London date of the first opening time strictly after <paramref name="instant"/>.</summary>
    public DateOnly NextWorkingDay(DateTimeOffset instant)
    {
        var local = LondonTime.ToLondon(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (!(IsWorkingDay(date) && TimeOnly.FromDateTime(local.DateTime) < opens))
        {
            do
            {
                date = date.AddDays(1);
            }
            while (!IsWorkingDay(date));
        }

        return date;
    }
}
