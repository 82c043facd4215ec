using Microsoft.AspNetCore.Authorization;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Champions.Resources;

/// <summary>The champions' briefing materials, listed in order.</summary>
public sealed class IndexModel(ContentStore content, PortalDbContext db, IAuthorizationService authorization, TimeProvider time)
    : ChampionResourcePageModel(content, db, authorization, time)
{
    public IReadOnlyList<ChampionResource> Resources { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await UnlockAsync())
        {
            Resources = Snapshot.ChampionResources;
        }
    }
}
