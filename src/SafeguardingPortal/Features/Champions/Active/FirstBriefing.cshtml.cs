using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>A new champion's way to their first briefing; the briefings page links here until one is logged.</summary>
public sealed class FirstBriefingModel(ChampionProgramme programme) : PageModel
{
    public bool CourseDone { get; private set; }

    public bool Logged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (courseDone, sessions) = await programme.FirstBriefingStateAsync(User.UserId() ?? Guid.Empty, cancellationToken);
        (CourseDone, Logged) = (courseDone, sessions > 0);
    }
}
