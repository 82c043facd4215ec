using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Admin;

/// <summary>The administrators' start page, with the latest account changes from the audit log.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<(AuditEvent Event, string? Actor, string? Subject)> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var events = await db.Set<AuditEvent>().Where(e => e.SubjectType == "user").OrderByDescending(e => e.Id).Take(20).ToListAsync();
        var ids = events.SelectMany(e => new[] { e.ActorId, Guid.TryParse(e.SubjectId, out var id) ? id : (Guid?)null }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Recent = [.. events.Select(e => (e, e.ActorId is { } a ? names.GetValueOrDefault(a) : null, Guid.TryParse(e.SubjectId, out var s) ? names.GetValueOrDefault(s) : null))];
    }
}
