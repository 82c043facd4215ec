using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Champions.Resources;

/// <summary>One briefing material, printable, with the reporting route from the reference data under it.</summary>
public sealed class ResourceModel(ContentStore content, PortalDbContext db, IAuthorizationService authorization, TimeProvider time, IOptions<ReferenceData> reference)
    : ChampionResourcePageModel(content, db, authorization, time)
{
    public ChampionResource Resource { get; private set; } = null!;

    public ContactsFile Contacts => reference.Value.Contacts;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await UnlockAsync())
        {
            return Page();
        }

        var found = Snapshot.ChampionResources.FirstOrDefault(r => r.Slug == slug);
        if (found is null)
        {
            return NotFound();
        }

        Resource = found;
        return Page();
    }
}
