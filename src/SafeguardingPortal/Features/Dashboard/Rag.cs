namespace SafeguardingPortal.Features.Dashboard;

public enum RagStatus
{
    Red,
    Amber,
    Green,
}

/// <summary>
/// Red, amber and green against the coverage target (configurable, 90% by default): green at or above the target,
/// amber within <see cref="AmberBand"/> points below it, red under that or when there is nobody to count.
/// </summary>
public static class Rag
{
    public const int DefaultTarget = 90;
    public const int AmberBand = 15;

    public static RagStatus For(int numerator, int denominator, int target = DefaultTarget)
    {
        if (denominator <= 0)
        {
            return RagStatus.Red;
        }

        // Compared as whole numbers (n * 100 against target * d) so 89.99% is never rounded up to green.
        var scaled = 100L * numerator;
        return scaled >= (long)target * denominator ? RagStatus.Green
            : scaled >= (long)Math.Max(0, target - AmberBand) * denominator ? RagStatus.Amber
            : RagStatus.Red;
    }
}
