using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// A pledge's own page: the confirmation straight after pledging, and where its owner shares it, downloads the card
/// or withdraws it. The owner token in the address is the only key, for people with and without accounts alike.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class YoursModel(PledgeService pledges, PortalLinks links, IStringLocalizer<UiText> localizer) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public Pledge Pledge { get; private set; } = null!;

    public PledgeStatus Status { get; private set; }

    public IReadOnlyList<(string Network, string Url)> ShareLinks { get; private set; } = [];

    public Uri ReportUrl => links.ReportAbsolute(PledgeLinks.ShareSource);

    private IStringLocalizer<UiText> T => localizer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        Pledge = pledge;
        Status = PledgeRules.Status(pledge, pledges.Now);
        ShareLinks = PledgeLinks.Share(ReportUrl);
        ViewData["Title"] = Status == PledgeStatus.Withdrawn ? T["You have withdrawn your pledge"].Value : T["Your Notice the Signs pledge"].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        await pledges.WithdrawAsync(pledge, cancellationToken);
        return Redirect(links.Pledge(Token));
    }
}
