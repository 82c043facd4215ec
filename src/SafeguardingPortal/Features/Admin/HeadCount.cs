namespace SafeguardingPortal.Features.Admin;

/// <summary>
/// How many people a department (or the Court of Common Council's Members) has from a date: the denominator of
/// every coverage figure. Kept as a history, so a figure for a past quarter uses the head-count of its time.
/// </summary>
public sealed class HeadCount
{
    /// <summary>The population for elected Members; departments use their slug.</summary>
    public const string Members = "members";

    public Guid Id { get; init; }

    public required string Population { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public int Count { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public Guid? RecordedBy { get; init; }
}
