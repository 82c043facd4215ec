using System.Security.Claims;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>What the briefings page shows about keeping champions active.</summary>
public sealed record ActivePanelView(bool ShowChecklist, BriefingPackVersion? CurrentPack, IReadOnlyList<RequestRow> OpenRequests, Func<string, string> DepartmentName);

/// <summary>Loads <see cref="ActivePanelView"/> for the briefings page: the requests are those of the person's departments only.</summary>
public sealed class ActivePanel(ChampionProgramme programme)
{
    public async Task<ActivePanelView> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var isChampion = user.ScopesOf(PortalRole.Champion).Any();
        var showChecklist = isChampion && (await programme.FirstBriefingStateAsync(user.UserId() ?? Guid.Empty, cancellationToken)).Sessions == 0;
        var pack = (await programme.PackVersionsAsync(cancellationToken)).FirstOrDefault(v => v.SupersededAt is null);
        var requests = await programme.OpenRequestsAsync(BriefingQueries.VisibleDepartments(user), cancellationToken);
        return new(showChecklist, pack, requests, programme.DepartmentName);
    }
}
