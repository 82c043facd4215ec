using System.Globalization;

namespace SafeguardingPortal.Web.Forms;

/// <summary>GOV.UK date inputs (day, month, year boxes) read as a calendar date.</summary>
public static class DateInputs
{
    public static DateOnly? Parse(string? year, string? month, string? day) =>
        int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && y is >= 1000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>A typed date as people read it ("3 April 2012"), or empty when it is not a real date.</summary>
    public static string Describe(string? year, string? month, string? day) =>
        Parse(year, month, day)?.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) ?? "";

    /// <summary>The API's <c>YYYY-MM-DD</c>, or the typed parts as they are so the reader reports them as not a real date.</summary>
    public static string Iso(string? year, string? month, string? day) =>
        Parse(year, month, day)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? $"{year}-{month}-{day}";
}
