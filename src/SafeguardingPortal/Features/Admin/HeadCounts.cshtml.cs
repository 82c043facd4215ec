using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Admin;

/// <summary>
/// Staff head-count per department and the Members' head-count: the denominators of pledge and training coverage.
/// Typed in one at a time, or imported from HR's CSV; each has the date it applies from.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[RequestSizeLimit(MaximumUpload + 16 * 1024)]
public sealed class HeadCountsModel(HeadCounts headCounts, PortalDbContext db, IOptions<ReferenceData> reference, TimeProvider time) : PageModel
{
    public const int MaximumUpload = 100 * 1024;

    [BindProperty]
    public string? Population { get; set; }

    [BindProperty]
    public string? Count { get; set; }

    [BindProperty(Name = "from-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "from-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "from-year")]
    public string? Year { get; set; }

    [BindProperty]
    public new IFormFile? File { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    public IReadOnlyList<(string Population, string Name, HeadCount? Current, int Accounts)> Rows { get; private set; } = [];

    public IEnumerable<FormField> Fields =>
    [
        new SelectField(nameof(Population), "Department", [new("", "Choose"), new(HeadCount.Members, "Elected Members"), .. reference.Value.Departments.Departments.Select(d => new ChoiceOption(d.Slug, d.Name))], Population),
        new TextField(nameof(Count), "Head-count", Count) { WidthClass = "govuk-input--width-5", InputMode = "numeric", Spellcheck = false },
        new DateField("from", "Applies from", Day, Month, Year) { Hint = "For example, 1 4 2026" },
    ];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostRecordAsync()
    {
        var population = Population is null ? null : HeadCounts.Population(Population, reference.Value);
        if (population is null)
        {
            Errors.Add(nameof(Population), "Select a department, or elected Members");
        }

        if (!int.TryParse(Count?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > HeadCounts.MaximumCount)
        {
            Errors.Add(nameof(Count), $"Enter the head-count as a whole number from 0 to {HeadCounts.MaximumCount:N0}");
        }

        var from = DateInputs.Parse(Year, Month, Day);
        if (from is null)
        {
            Errors.Add("from", "Enter the date it applies from as a real date, for example 1 4 2026");
        }

        if (Errors.Any)
        {
            await LoadAsync();
            return Page();
        }

        await headCounts.RecordAsync([new HeadCountRow(population!, count, from!.Value)], User, "typed");
        TempData["Notice"] = "Head-count saved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (File is null || File.Length == 0)
        {
            Errors.Add(nameof(File), "Select a CSV file");
        }
        else if (File.Length > MaximumUpload)
        {
            Errors.Add(nameof(File), "The file must be smaller than 100 KB");
        }

        if (!Errors.Any)
        {
            using var reader = new StreamReader(File!.OpenReadStream());
            var (rows, problems) = HeadCounts.ParseCsv(await reader.ReadToEndAsync(), reference.Value);
            if (problems.Count == 0)
            {
                await headCounts.RecordAsync(rows, User, "imported");
                TempData["Notice"] = rows.Count == 1 ? "1 head-count imported" : $"{rows.Count} head-counts imported";
                return RedirectToPage();
            }

            Errors.Add(nameof(File), "The file has problems, so nothing was imported: see the list below");
            ImportProblems = problems;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var current = await headCounts.CurrentAsync(today);
        var accounts = await db.Users.Where(u => u.Department != null).GroupBy(u => u.Department!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var members = await db.Set<Accounts.RoleGrant>().CountAsync(g => g.Role == Accounts.PortalRole.Member);
        Rows =
        [
            .. reference.Value.Departments.Departments.Select(d => (d.Slug, d.Name, current.GetValueOrDefault(d.Slug), accounts.GetValueOrDefault(d.Slug))),
            (HeadCount.Members, "Elected Members", current.GetValueOrDefault(HeadCount.Members), members),
        ];
    }
}
