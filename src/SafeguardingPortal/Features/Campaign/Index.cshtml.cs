using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>The campaign home page: the question, the key messages, the phase running now and whom to call.</summary>
[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class IndexModel(CampaignContent content, IOptions<ReferenceData> reference, PledgeCounts pledgeCounts) : CampaignPageModel(content)
{
    public IReadOnlyList<CampaignPhase> RunningPhases { get; private set; } = [];

    public ContactsFile Contacts => reference.Value.Contacts;

    /// <summary>The pledge figures, from their own cache; the page's output cache may hold them a few minutes longer.</summary>
    public PledgeTotals Pledges { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        RunningPhases = [.. Campaign.RunningPhases()];
        Pledges = await pledgeCounts.CurrentAsync(cancellationToken);
        return Show("/", PageLayout.Home);
    }
}
