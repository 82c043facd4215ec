using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Admin.Users;

/// <summary>Everyone with an account, searchable by name or email address, with their roles.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<PortalUser> People { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var people = db.Users.Include(u => u.Roles).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim().ToUpperInvariant();
            people = people.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        Total = await people.CountAsync();
        People = await people.OrderBy(u => u.DisplayName).Take(PageSize).ToListAsync();
    }
}
