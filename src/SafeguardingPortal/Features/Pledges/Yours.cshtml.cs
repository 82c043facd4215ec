using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// A pledge's own page: the confirmation straight after pledging, and where its owner shares it, downloads the card
/// or withdraws it. The owner token in the address is the only key, for people with and without accounts alike.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class YoursModel(PledgeService pledges, PortalLinks links, ChromiumDocumentRenderer documents, IOptions<ReferenceData> reference, IStringLocalizer<UiText> localizer) : PageModel
{
    public const int CardSize = 1080;

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

    public string Phone => reference.Value.Contacts.Campaign.Phone;

    public bool DocumentsAvailable => documents.IsAvailable;

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) => RenderAsync(DocumentFormat.Pdf, cancellationToken);

    public Task<IActionResult> OnGetPngAsync(CancellationToken cancellationToken) => RenderAsync(DocumentFormat.Png, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        await pledges.WithdrawAsync(pledge, cancellationToken);
        return Redirect(links.Pledge(Token));
    }

    private async Task<IActionResult> RenderAsync(DocumentFormat format, CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { WithdrawnAt: null } pledge)
        {
            return NotFound();
        }

        var square = format == DocumentFormat.Png;
        var language = HttpContext.Language().Code;
        var file = await documents.RenderAsync(
            new DocumentRequest($"pledge-card-{pledge.Id:N}-{language}", links.PledgeCard(Token, square), format, CardSize, CardSize), cancellationToken);

        // Without Chromium the print-ready page is the card: say so rather than fail.
        return file is null
            ? Redirect(links.PledgeCard(Token, square) + "?unavailable=true")
            : PhysicalFile(file, square ? "image/png" : "application/pdf", $"notice-the-signs-pledge-card.{(square ? "png" : "pdf")}");
    }
}
