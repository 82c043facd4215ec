using System.Globalization;

namespace SafeguardingPortal.Features.Dashboard;

/// <summary>
/// Aggregates shown below lead level hide any figure about fewer than five people, so a champion cannot work out
/// a colleague's training from a small department's numbers (the dashboard and every export follow the same rule).
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    public const string Hidden = "<5";

    public static bool Hides(int count, bool suppress) => suppress && count < Threshold;

    public static string Show(int count, bool suppress) => Hides(count, suppress) ? Hidden : count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>For exports: plain digits (no thousands separator) so spreadsheets read them as numbers, or "&lt;5".</summary>
    public static string Plain(int count, bool suppress) => Hides(count, suppress) ? Hidden : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>"12 of 40 (30%)"; the share is left out when either figure is hidden, as it would give the other away.</summary>
    public static string OfTotal(int count, int total, bool suppress)
    {
        var shown = $"{Show(count, suppress)} of {Show(total, suppress)}";
        return Hides(count, suppress) || Hides(total, suppress) || total == 0 ? shown : $"{shown} ({count * 100 / total}%)";
    }
}
