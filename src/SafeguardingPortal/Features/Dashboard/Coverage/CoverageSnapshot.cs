namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>
/// One cohort's coverage as it stood at a month's end, kept so the committee's past figures can be reproduced
/// exactly after people move, certificates expire and head-counts change. Unique per month and cohort.
/// </summary>
public sealed class CoverageSnapshot
{
    public Guid Id { get; init; }

    /// <summary>The last day of the month the figures describe.</summary>
    public DateOnly MonthEnd { get; init; }

    /// <summary>A department slug, or <c>members</c>.</summary>
    public string Population { get; init; } = "";

    public int? HeadCount { get; init; }

    public int Accounts { get; init; }

    public int Pledged { get; init; }

    public int Trained { get; init; }

    public int Briefed { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    public CohortInputs Inputs => new(Population, HeadCount, Accounts, Pledged, Trained, Briefed);
}
