using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>
/// One department's training in aggregate for its champions and lead (and the safeguarding lead): no names here.
/// Champions see small numbers hidden; the department lead and the safeguarding lead, who may see the names
/// elsewhere (architecture.md, roles), see them exactly.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DepartmentModel(TrainingRecords records, IAuthorizationService authorization) : PageModel
{
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public PopulationStanding Figures { get; private set; } = null!;

    public bool Suppress { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ?? Page();

    /// <summary>The same figures as CSV, counts only.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string slug) =>
        await LoadAsync(slug) ?? File(Encoding.UTF8.GetBytes(RecordsCsv.Write([(Name, Figures)], Suppress)), "text/csv", $"training-{slug}.csv");

    private async Task<IActionResult?> LoadAsync(string slug)
    {
        if (!records.IsDepartment(slug))
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new DepartmentResource(slug), ResourceAccess.Department)).Succeeded)
        {
            return Forbid();
        }

        Slug = slug;
        Name = records.NameOf(slug);
        Figures = (await records.FiguresAsync([slug], await records.PeopleAsync(TrainingRecords.In(slug)))).Single();
        Suppress = !(User.Has(PortalRole.SafeguardingLead) || User.HasScope(PortalRole.DepartmentLead, slug));
        return null;
    }
}
