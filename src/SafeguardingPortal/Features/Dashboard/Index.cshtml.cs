using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.Features.Dashboard.Coverage;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Web.Documents;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Dashboard;

/// <summary>
/// The leaders' dashboard: concerns by source, team, urgency and category, their timeliness, quarantine volume and
/// how often adults felt safer, with pledges, training, briefings and coverage, for a date range or a campaign phase;
/// the same figures as CSV and Excel, and printed as a one-page report. No names anywhere: these are counts.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(ConcernQueries concerns, BriefingQueries briefings, PledgeCounts pledges, CoverageService coverage, IMemoryCache cache, ContentStore content, TimeProvider time) : PageModel
{
    /// <summary>The coverage headlines may be this old (the coverage page itself is always live), as pledge counts may.</summary>
    private static readonly TimeSpan CoverageLifetime = TimeSpan.FromMinutes(1);

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public string? Phase { get; set; }

    public FormErrors Errors { get; } = new();

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DashboardFigures Figures { get; private set; } = null!;

    /// <summary>The committee sees coverage figures about fewer than five people as "&lt;5"; the safeguarding lead sees them exact.</summary>
    public bool Suppress => !User.Has(PortalRole.SafeguardingLead);

    public IReadOnlyList<CampaignPhase> Phases => [.. content.Current.Phases.Where(p => p.Id != CampaignPhase.Evergreen).OrderBy(p => p.Start)];

    public IEnumerable<FormField> Fields =>
    [
        new TextField("from", "From", FromText) { Type = "date", WidthClass = "govuk-input--width-10" },
        new TextField("to", "To", ToText) { Type = "date", WidthClass = "govuk-input--width-10" },
        new SelectField("phase", "Or a campaign phase", [new("", "Any dates above"), .. Phases.Select(p => new ChoiceOption(p.Id, p.Name))], Phase),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The page's figures as CSV: one row per figure, the numbers the page shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return File(Csv.Utf8WithBom(Csv.Write(Figures.ToTable())), "text/csv", $"{FileName}.csv");
    }

    /// <summary>The same figures as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return File(Excel.Write([Figures.ToTable()]), Excel.ContentType, $"{FileName}.xlsx");
    }

    /// <summary>The query string of this range for the download links, so a download repeats what the page shows.</summary>
    public object Range => new { from = From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    private string FileName => $"dashboard-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = LondonTime.Today(time);
        (From, To) = (today.AddMonths(-3).AddDays(1), today);
        if (!string.IsNullOrEmpty(Phase) && Phases.FirstOrDefault(p => p.Id == Phase) is { } phase)
        {
            (From, To) = (phase.Start, phase.End);
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(FromText))
            {
                From = Parse("from", FromText, From);
            }

            if (!string.IsNullOrWhiteSpace(ToText))
            {
                To = Parse("to", ToText, To);
            }

            if (To < From)
            {
                Errors.Add("to", "The end date must be the same as or after the start date");
                (From, To) = (today.AddMonths(-3).AddDays(1), today);
            }
        }

        var report = (await cache.GetOrCreateAsync($"dashboard-coverage-{today}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CoverageLifetime;
            return coverage.ReportAsync(null, cancellationToken);
        }))!;
        Figures = new DashboardFigures(
            From,
            To,
            ConcernFigures.For(await concerns.ForAsync(From, To, today, cancellationToken)),
            await briefings.ReachAsync(From, To, cancellationToken),
            (await pledges.CurrentAsync(cancellationToken)).Current,
            report.Overall,
            report.Members);
    }

    private DateOnly Parse(string field, string text, DateOnly fallback)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(field, $"Enter the {(field == "from" ? "start" : "end")} date as year-month-day, for example 2026-04-01");
        return fallback;
    }
}
