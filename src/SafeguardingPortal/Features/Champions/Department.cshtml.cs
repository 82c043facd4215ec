using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Admin;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Champions;

/// <summary>
/// A department at a glance for its champions and lead: head-count and who has an account. Champions see the
/// numbers; the department lead (and the safeguarding lead) also see the names (architecture.md, roles).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DepartmentModel(PortalDbContext db, HeadCounts headCounts, IAuthorizationService authorization, IOptions<ReferenceData> reference, TimeProvider time) : PageModel
{
    public Department Department { get; private set; } = null!;

    public HeadCount? HeadCount { get; private set; }

    public IReadOnlyList<PortalUser> People { get; private set; } = [];

    public int ContactRoles => People.Count(p => p.IsContactRole);

    public bool ShowNames { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var department = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == slug);
        if (department is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new DepartmentResource(slug), ResourceAccess.Department)).Succeeded)
        {
            return Forbid();
        }

        Department = department;
        HeadCount = (await headCounts.CurrentAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))).GetValueOrDefault(slug);
        People = await db.Users.Where(u => u.Department == slug).OrderBy(u => u.DisplayName).AsNoTracking().ToListAsync();
        ShowNames = User.Has(PortalRole.SafeguardingLead) || User.HasScope(PortalRole.DepartmentLead, slug);
        return Page();
    }
}
