using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Features.Campaign.Posters;

[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class IndexModel(CampaignContent content) : CampaignPageModel(content)
{
    public IReadOnlyList<ShownContent> Posters { get; private set; } = [];

    public IActionResult OnGet()
    {
        Posters = Campaign.Posters();
        return Show("/posters", PageLayout.Posters);
    }
}
