using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>The briefing pack's versions, newest first: the current one, and the superseded ones with what changed.</summary>
public sealed class PackModel(ChampionProgramme programme) : PageModel
{
    public IReadOnlyList<BriefingPackVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Versions = await programme.PackVersionsAsync(cancellationToken);
}
