using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>Any guidance page of <c>content/pages</c> that has no page of its own.</summary>
[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class GuidanceModel(CampaignContent content) : CampaignPageModel(content)
{
    public IActionResult OnGet(string path) => Show("/" + path.TrimEnd('/'), PageLayout.Page);
}
