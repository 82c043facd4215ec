using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>
/// Coverage per department, for the Members and overall: pledged, trained at the required level, briefed in the
/// last 12 months, against the target. Today's figures or a month-end snapshot. Below lead level (the committee),
/// any figure about fewer than five people reads "&lt;5".
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(CoverageService coverage) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    public IReadOnlyList<CohortCoverage> Departments { get; private set; } = [];

    public CohortCoverage Members { get; private set; } = null!;

    public CohortCoverage Overall { get; private set; } = null!;

    public IReadOnlyList<DateOnly> SnapshotMonths { get; private set; } = [];

    /// <summary>The month-end shown, or null for today's figures.</summary>
    public DateOnly? MonthEnd { get; private set; }

    public int Target => coverage.Target;

    /// <summary>The safeguarding lead sees exact figures; the committee sees small numbers suppressed.</summary>
    public bool Suppress => !User.Has(PortalRole.SafeguardingLead);

    public string NameOf(string population) => coverage.NameOf(population);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SnapshotMonths = await coverage.SnapshotMonthsAsync(cancellationToken);
        if (Month is not null)
        {
            if (!DateOnly.TryParseExact(Month, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthEnd) || !SnapshotMonths.Contains(monthEnd))
            {
                return NotFound();
            }

            MonthEnd = monthEnd;
        }

        var inputs = MonthEnd is { } m ? await coverage.SnapshotAsync(m, cancellationToken) : await coverage.CurrentAsync(cancellationToken);
        var cohorts = inputs.Select(i => CoverageFigures.For(i, Target)).ToList();
        Members = cohorts.Single(c => c.Population == Admin.HeadCount.Members);
        Departments = [.. cohorts.Where(c => c != Members)];
        Overall = CoverageFigures.Overall("All departments", Departments, Target);
        return Page();
    }
}
