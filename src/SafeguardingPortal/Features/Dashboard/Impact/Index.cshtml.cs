using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Features.Dashboard.Impact;

/// <summary>
/// Whether the campaign works: concerns per week before, during and after each phase, and each channel's funnel from
/// the start page to a submitted report. Counts of reports only; quarantined (suspected spam) reports are left out.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db, ContentStore content, TimeProvider time) : PageModel
{
    public IReadOnlyList<PhaseImpact> Phases { get; private set; } = [];

    public IReadOnlyList<ChannelFunnel> Funnels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counted = db.Set<Concern>().Where(c => c.QuarantineReason == null);
        var received = (await counted.Select(c => c.ReceivedAt).ToListAsync(cancellationToken)).Select(LondonTime.Date).ToList();
        var today = LondonTime.Today(time);
        Phases =
        [
            .. content.Current.Phases.Where(p => p.Id != CampaignPhase.Evergreen && p.Start <= today).OrderBy(p => p.Start)
                .Select(p => CampaignImpact.ForPhase(p.Id, p.Name, p.Start, p.End, received, today)),
        ];

        var counts = await db.Set<ChannelCount>().GroupBy(c => new { c.Channel, c.Stage })
            .Select(g => new { g.Key.Channel, g.Key.Stage, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        var submitted = await counted.GroupBy(c => c.Source ?? ChannelCount.Direct)
            .Select(g => new { Channel = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Funnels = CampaignImpact.Funnels(counts.Select(c => (c.Channel, c.Stage, c.Count)), submitted.Select(s => (s.Channel, s.Count)));
    }
}
