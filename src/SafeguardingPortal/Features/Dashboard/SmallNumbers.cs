using System.Globalization;

namespace SafeguardingPortal.Features.Dashboard;

/// <summary>
/// Small-number suppression: a figure about fewer than five people could identify someone in a small team, so
/// below lead level and in every export it is shown as "&lt;5". Zero is shown: it identifies nobody.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    public static bool IsSuppressed(int people, bool seesSmallNumbers) =>
        !seesSmallNumbers && people is > 0 and < Threshold;

    public static string Show(int people, bool seesSmallNumbers) =>
        IsSuppressed(people, seesSmallNumbers) ? Suppressed : people.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// "n of d": a suppressed numerator hides the percentage too, and so does a suppressed denominator, or the
    /// percentage and the other figure would give the hidden number back.
    /// </summary>
    public static string ShowShare(int numerator, int denominator, bool seesSmallNumbers) =>
        IsSuppressed(numerator, seesSmallNumbers) || IsSuppressed(denominator, seesSmallNumbers) || denominator == 0
            ? $"{Show(numerator, seesSmallNumbers)} of {Show(denominator, seesSmallNumbers)}"
            : $"{Show(numerator, true)} of {Show(denominator, true)} ({Percent(numerator, denominator)}%)";

    public static int Percent(int numerator, int denominator) =>
        denominator == 0 ? 0 : (int)Math.Floor(100m * numerator / denominator);
}
