using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Web.Documents;

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

    public CoverageReport Report { get; private set; } = null!;

    public IReadOnlyList<CohortCoverage> Departments => Report.Departments;

    public CohortCoverage Members => Report.Members;

    public CohortCoverage Overall => Report.Overall;

    public IReadOnlyList<DateOnly> SnapshotMonths { get; private set; } = [];

    /// <summary>The month-end shown, or null for today's figures.</summary>
    public DateOnly? MonthEnd { get; private set; }

    public int Target => coverage.Target;

    /// <summary>The safeguarding lead sees exact figures; the committee sees small numbers suppressed.</summary>
    public bool Suppress => !User.Has(PortalRole.SafeguardingLead);

    public string NameOf(string population) => coverage.NameOf(population);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? File(Csv.Utf8WithBom(Csv.Write(Export())), "text/csv", $"{FileName}.csv") : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? File(Excel.Write([Export()]), Excel.ContentType, $"{FileName}.xlsx") : NotFound();

    private string FileName => $"coverage-{MonthEnd ?? coverage.Today:yyyy-MM-dd}";

    private Table Export() => CoverageTable.For(Report, NameOf, MonthEnd is { } m ? $"End of {m:MMMM yyyy}" : $"{coverage.Today:d MMMM yyyy}");

    /// <summary>False when the month asked for has no snapshot.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        SnapshotMonths = await coverage.SnapshotMonthsAsync(cancellationToken);
        if (Month is not null)
        {
            if (!DateOnly.TryParseExact(Month, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthEnd) || !SnapshotMonths.Contains(monthEnd))
            {
                return false;
            }

            MonthEnd = monthEnd;
        }

        Report = await coverage.ReportAsync(MonthEnd, cancellationToken);
        return true;
    }
}
