using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>
/// One briefing request, for its department's champions and lead and the safeguarding lead; a champion of that
/// department accepts it. Who asked is shown so the champion can arrange it; it never goes in an email.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RequestModel(ChampionProgramme programme, IAuthorizationService authorization) : PageModel
{
    public BriefingRequest Asked { get; private set; } = null!;

    public string RequestedBy { get; private set; } = "";

    public string? AcceptedBy { get; private set; }

    public bool MayAccept => Asked.AcceptedAt is null && User.HasScope(PortalRole.Champion, Asked.Department);

    public string DepartmentName => programme.DepartmentName(Asked.Department);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayAccept)
        {
            return Forbid();
        }

        await programme.AcceptAsync(User, Asked, cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await programme.FindRequestAsync(id, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new DepartmentResource(request.Department), ResourceAccess.Department)).Succeeded)
        {
            return Forbid();
        }

        Asked = request;
        RequestedBy = await programme.NameOfAsync(request.RequestedBy, cancellationToken) ?? "";
        AcceptedBy = request.AcceptedBy is { } by ? await programme.NameOfAsync(by, cancellationToken) : null;
        return null;
    }
}
