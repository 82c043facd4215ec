using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Dashboard;

/// <summary>
/// The leaders' dashboard: concerns by source, team and urgency, their timeliness, quarantine volume and how often
/// adults felt safer, with pledges and briefings, for a date range or a campaign phase; the same figures as CSV.
/// No names anywhere: these are counts of reports and people.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(ConcernQueries concerns, BriefingQueries briefings, PledgeCounts pledges, ContentStore content, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public string? Phase { get; set; }

    public FormErrors Errors { get; } = new();

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ConcernTotals Concerns { get; private set; } = null!;

    public BriefingReachTotals Briefings { get; private set; } = null!;

    public PledgeTotals Pledges { get; private set; } = null!;

    public IReadOnlyList<CampaignPhase> Phases => [.. content.Current.Phases.Where(p => p.Id != CampaignPhase.Evergreen).OrderBy(p => p.Start)];

    public IEnumerable<FormField> Fields =>
    [
        new TextField("from", "From", FromText) { Type = "date", WidthClass = "govuk-input--width-10" },
        new TextField("to", "To", ToText) { Type = "date", WidthClass = "govuk-input--width-10" },
        new SelectField("phase", "Or a campaign phase", [new("", "Any dates above"), .. Phases.Select(p => new ChoiceOption(p.Id, p.Name))], Phase),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The page's figures as CSV: one row per figure, the same numbers the page shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = new StringBuilder("Section,Figure,Count\r\n");
        void Row(string section, string figure, int count) => csv.Append(CultureInfo.InvariantCulture, $"{section},{figure},{count}\r\n");
        Row("Concerns", "Received", Concerns.Received);
        Row("Concerns", "Quarantined", Concerns.Quarantined);
        foreach (var (section, tallies) in new (string, IReadOnlyList<Tally>)[] { ("Source", Concerns.BySource), ("Team", Concerns.ByTeam), ("Urgency", Concerns.ByUrgency) })
        {
            foreach (var t in tallies)
            {
                Row(section, t.Label, t.Count);
            }
        }

        Row("Timeliness", "Decided", Concerns.Timeliness.Decided);
        Row("Timeliness", "Decided in time", Concerns.Timeliness.DecidedInTime);
        Row("Timeliness", "Overdue now", Concerns.Timeliness.OverdueNow);
        Row("Felt safer", "Answered", Concerns.FeltSafer.Answered);
        Row("Felt safer", "Safer", Concerns.FeltSafer.Safer);
        Row("Briefings", "Sessions", Briefings.Sessions);
        Row("Briefings", "People reached", Briefings.PeopleReached);
        Row("Pledges", "Current", Pledges.Current);
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"dashboard-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

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

        var since = new DateTimeOffset(From.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Concerns = ConcernFigures.For(await concerns.ConcernsAsync(since, cancellationToken), await concerns.CasesAsync(since, cancellationToken), From, To, today);
        Briefings = BriefingReach.Total((await briefings.ListAsync(null, From, To, cancellationToken)).Select(r => r.Attendance));
        Pledges = await pledges.CurrentAsync(cancellationToken);
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
