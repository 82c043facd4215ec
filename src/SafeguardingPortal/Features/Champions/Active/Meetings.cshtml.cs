using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>The quarterly champions' meetings, newest first, with who came and the actions agreed.</summary>
public sealed class MeetingsModel(ChampionProgramme programme) : PageModel
{
    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Meetings = await programme.MeetingsAsync(cancellationToken);
}
