using System.Globalization;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>The counts table: every department in the reference data, so a department with no pledges shows 0.</summary>
public sealed record PledgeCountsView(PledgeTotals Totals, IReadOnlyList<(string Slug, string Name)> Departments)
{
    public static async Task<PledgeCountsView> LoadAsync(PledgeCounts counts, ReferenceData reference, CancellationToken cancellationToken) =>
        new(await counts.CurrentAsync(cancellationToken), [.. reference.Departments.Departments.Select(d => (d.Slug, d.Name))]);

    public Coverage For(string slug) => Totals.Departments.GetValueOrDefault(slug) ?? new Coverage(0, null);

    /// <summary>"12 / 412" (pledges over head-count), or just "12" when no head-count is recorded.</summary>
    public static string Describe(Coverage coverage) =>
        coverage.HeadCount is { } heads
            ? string.Format(CultureInfo.CurrentCulture, "{0} / {1}", coverage.Pledges, heads)
            : coverage.Pledges.ToString(CultureInfo.CurrentCulture);
}
