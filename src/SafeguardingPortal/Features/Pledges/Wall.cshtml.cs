using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// The pledge wall: only people who opted in, anonymous unless they chose their name, newest first; withdrawn,
/// lapsed and quarantined pledges are left out on the next request.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class WallModel(PortalDbContext db, PledgeCounts counts, IOptions<ReferenceData> reference, TimeProvider time, IStringLocalizer<UiText> localizer) : PageModel
{
    /// <summary>The newest entries only: the wall is encouragement, not a register.</summary>
    public const int Shown = 200;

    public IReadOnlyList<(string Label, string? Action, DateTimeOffset PledgedAt)> Entries { get; private set; } = [];

    public PledgeCountsView Counts { get; private set; } = null!;

    private IStringLocalizer<UiText> T => localizer;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lapsedBefore = now.AddMonths(-PledgeRules.ValidMonths);
        var pledges = await db.Set<Pledge>()
            .Where(p => p.OnWall && p.WithdrawnAt == null && p.QuarantineReason == null && p.PledgedAt > lapsedBefore)
            .OrderByDescending(p => p.PledgedAt).Take(Shown)
            .ToListAsync(cancellationToken);
        var departments = reference.Value.Departments.Departments.ToDictionary(d => d.Slug, d => d.Name);
        Entries = [.. pledges.Select(p => (
            PledgeRules.WallLabel(p, p.Department is { } d && departments.TryGetValue(d, out var name) ? T[name].Value : null, text => T[text].Value),
            p.PersonalAction,
            p.PledgedAt))];
        Counts = await PledgeCountsView.LoadAsync(counts, reference.Value, cancellationToken);
        ViewData["Title"] = T["The pledge wall"].Value;
    }
}
