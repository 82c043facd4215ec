using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>The campaign home page: the question, the key messages, the phase running now and whom to call.</summary>
[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class IndexModel(CampaignContent content, IOptions<ReferenceData> reference) : CampaignPageModel(content)
{
    public IReadOnlyList<CampaignPhase> RunningPhases { get; private set; } = [];

    public ContactsFile Contacts => reference.Value.Contacts;

    public IActionResult OnGet()
    {
        RunningPhases = [.. Campaign.RunningPhases()];
        return Show("/", PageLayout.Home);
    }
}
