using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// The print-ready pledge card: the A6 page Chromium turns into the PDF (and the fallback when it cannot), or with
/// <c>/square</c> the 1080 by 1080 layout it photographs for social media.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CardModel(PledgeService pledges, IOptions<ReferenceData> reference, PortalLinks links) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [FromRoute]
    public string? Size { get; set; }

    /// <summary>Set when a download fell back to this page because documents cannot be rendered.</summary>
    [FromQuery]
    public bool Unavailable { get; set; }

    public PledgeCardView Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge || PledgeRules.IsEnded(pledge))
        {
            return NotFound();
        }

        Card = new PledgeCardView(pledge, await pledges.CardNameAsync(pledge, cancellationToken), reference.Value.Contacts,
            links.PledgeCardQrCode(Token), links.ReportAbsolute(PledgeLinks.CardSource), Size == "square");
        return Page();
    }

    /// <summary>The same for every card, as it holds no personal data.</summary>
    public IActionResult OnGetQrCode() => File(QrCodes.Png(links.ReportAbsolute(PledgeLinks.CardSource)), "image/png");
}
