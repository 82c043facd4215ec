using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Accounts.People;

/// <summary>
/// One person's record as their line manager sees it: department, roles and the training level they need.
/// (Training and pledge status join it with those features.) Open to the person, their manager and administrators.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PersonModel(PortalDbContext db, IAuthorizationService authorization, IOptions<ReferenceData> reference) : PageModel
{
    public PortalUser Person { get; private set; } = null!;

    public string? DepartmentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.Users.Include(u => u.Roles).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
        if (person is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new PersonResource(person.Id, person.LineManagerId), ResourceAccess.Person)).Succeeded)
        {
            return Forbid();
        }

        Person = person;
        DepartmentName = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == person.Department)?.Name;
        return Page();
    }
}
