using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>Who to call: 999 first, then the City's teams with their hours and out-of-hours numbers, then national helplines — all from reference data.</summary>
[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class WhoToCallModel(CampaignContent content, IOptions<ReferenceData> reference) : CampaignPageModel(content)
{
    public ContactsFile Contacts => reference.Value.Contacts;

    public IActionResult OnGet() => Show("/who-to-call", PageLayout.WhoToCall);
}
