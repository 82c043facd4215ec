using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// The briefing log of the departments a person champions or leads (all of them for the safeguarding lead), with
/// the reach figures kept apart, and the same rows as CSV.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(BriefingQueries queries, IOptions<ReferenceData> reference, AuditLog audit, Data.PortalDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<BriefingRow> Rows { get; private set; } = [];

    public BriefingReachTotals Reach { get; private set; } = new(0, 0, 0, 0);

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public bool MayLog => User.ScopesOf(PortalRole.Champion).Any();

    public string DepartmentName(string slug) => reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == slug)?.Name ?? slug;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var table = new Table("Briefings", ["Date", "Department", "Head-count", "Format", "Minutes", "Facilitators", "Signed in", "Backdated"],
        [
            .. Rows.Select(r => (string[])
            [
                r.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DepartmentName(r.Department), Number(r.HeadCount), r.Format.ToString(),
                Number(r.DurationMinutes), Number(r.Facilitators), Number(r.SignedIn.Count), r.Backdated ? "yes" : "no",
            ]),
        ]);
        audit.Record(User, "briefings.exported", nameof(Briefing), $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}", detail: $"{Rows.Count} rows");
        await db.SaveChangesAsync(cancellationToken);
        return File(Csv.Utf8WithBom(Csv.Write(table)), "text/csv", $"briefings-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        To = LondonTime.Today(time);
        From = To.AddMonths(-12);
        Rows = await queries.ListAsync(BriefingQueries.VisibleDepartments(User), From, To, cancellationToken);
        Reach = BriefingReach.Total(Rows.Select(r => r.Attendance));
    }
}
