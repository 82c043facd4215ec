namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>What coverage is counted from for one cohort (a department, or the Members).</summary>
/// <param name="HeadCount">The head-count recorded for the cohort; null when none is recorded yet.</param>
/// <param name="Accounts">People in the cohort with an account: the denominator until a head-count is recorded.</param>
/// <param name="Briefed">People briefed in the last 12 months: unique named attendees plus unnamed head-count.</param>
public sealed record CohortInputs(string Population, int? HeadCount, int Accounts, int Pledged, int Trained, int Briefed);

/// <summary>One coverage figure: numerator over denominator and its red/amber/green against the target.</summary>
public sealed record Measure(int Numerator, int Denominator, RagStatus Rag)
{
    public int Percent => Denominator == 0 ? 0 : (int)(100L * Numerator / Denominator);
}

public sealed record CoverageReport(IReadOnlyList<CohortCoverage> Departments, CohortCoverage Members, CohortCoverage Overall);

public sealed record CohortCoverage(string Population, int Denominator, bool HeadCountRecorded, Measure Pledged, Measure Trained, Measure Briefed);

/// <summary>
/// Coverage of pledges, training at the required level and briefings, per cohort and overall. Pure. A numerator
/// above its denominator (an out-of-date head-count, or an unnamed head-count that includes visitors) is capped,
/// so coverage never reads over 100%.
/// </summary>
public static class CoverageFigures
{
    public static CohortCoverage For(CohortInputs cohort, int target)
    {
        var denominator = cohort.HeadCount ?? cohort.Accounts;
        Measure Of(int numerator)
        {
            var capped = Math.Min(numerator, denominator);
            return new(capped, denominator, Rag.For(capped, denominator, target));
        }

        return new(cohort.Population, denominator, cohort.HeadCount is not null, Of(cohort.Pledged), Of(cohort.Trained), Of(cohort.Briefed));
    }

    /// <summary>All departments together: sums of the capped figures, so one department's excess cannot hide another's gap.</summary>
    public static CohortCoverage Overall(string name, IReadOnlyCollection<CohortCoverage> cohorts, int target)
    {
        var denominator = cohorts.Sum(c => c.Denominator);
        Measure Sum(Func<CohortCoverage, Measure> pick)
        {
            var numerator = cohorts.Sum(c => pick(c).Numerator);
            return new(numerator, denominator, Rag.For(numerator, denominator, target));
        }

        return new(name, denominator, cohorts.All(c => c.HeadCountRecorded), Sum(c => c.Pledged), Sum(c => c.Trained), Sum(c => c.Briefed));
    }
}
