using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts.Sessions;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>Your account: who the portal thinks you are, what you may do, and signing out on every device.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(UserManager<PortalUser> users, PortalDbContext db, UserSessions sessions, TimeProvider time, IOptions<ReferenceData> reference, PledgeCounts pledgeCounts) : PageModel
{
    public PortalUser Person { get; private set; } = null!;

    public string? DepartmentName { get; private set; }

    public string? LineManagerName { get; private set; }

    public IReadOnlyList<RoleGrant> Grants { get; private set; } = [];

    public int SessionCount { get; private set; }

    /// <summary>The people this person line-manages.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Reports { get; private set; } = [];

    /// <summary>The departments this person is a champion or lead for.</summary>
    public IReadOnlyList<(string Slug, string Name)> Departments { get; private set; } = [];

    /// <summary>The campaign's pledge figures (cached), so staff see how far the pledge has reached.</summary>
    public PledgeTotals Pledges { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }

        Person = person;
        DepartmentName = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == person.Department)?.Name;
        LineManagerName = person.LineManagerId is { } manager ? await db.Users.Where(u => u.Id == manager).Select(u => u.DisplayName).SingleOrDefaultAsync() : null;
        Grants = await db.Set<RoleGrant>().Where(g => g.UserId == person.Id).OrderBy(g => g.Role).ToListAsync();
        SessionCount = await sessions.CountAsync(person.Id, time.GetUtcNow());
        Reports = [.. (await db.Users.Where(u => u.LineManagerId == person.Id).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync()).Select(u => (u.Id, u.DisplayName))];
        var scoped = User.ScopesOf(PortalRole.Champion).Concat(User.ScopesOf(PortalRole.DepartmentLead)).ToHashSet();
        Departments = [.. reference.Value.Departments.Departments.Where(d => scoped.Contains(d.Slug)).Select(d => (d.Slug, d.Name))];
        Pledges = await pledgeCounts.CurrentAsync(HttpContext.RequestAborted);
        return Page();
    }

    public bool Withheld(RoleGrant grant) => User.HasClaim(PortalClaims.SecondFactorRequired, grant.Role.ToString());

    /// <summary>Ends this and every other session the person has, on every device.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is { } person)
        {
            await sessions.EndAllAsync(person);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage("SignIn/SignedOut");
    }
}
