using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;
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

    /// <summary>Kept as sent even when blank (/pledge/yours/%20/withdraw): model binding would make that null, and the lookup threw.</summary>
    [FromRoute]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Token { get; set; } = "";

    public Pledge Pledge { get; private set; } = null!;

    public PledgeStatus Status { get; private set; }

    /// <summary>The owner link of the pledge that renewed this one, for a renewed pledge.</summary>
    public string? RenewedAsToken { get; private set; }

    /// <summary>The signed-in person has no Level 1 certificate in date: pledging is the moment to prompt the training.</summary>
    public bool PromptLevel1 { get; private set; }

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
        RenewedAsToken = pledge.RenewedAsId is { } renewedAs ? pledges.TokenFor(renewedAs) : null;
        PromptLevel1 = Status is PledgeStatus.Current or PledgeStatus.Lapsed && User.UserId() is { } userId && !await pledges.HasLevel1InDateAsync(userId, cancellationToken);
        ViewData["Title"] = Status switch
        {
            PledgeStatus.Withdrawn => T["You have withdrawn your pledge"].Value,
            PledgeStatus.Renewed => T["You have renewed this pledge"].Value,
            _ => T["Your Notice the Signs pledge"].Value,
        };
        return Page();
    }

    public string Phone => reference.Value.Contacts.Campaign.Phone;

    public bool DocumentsAvailable => documents.IsAvailable;

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) => RenderAsync(RenderFormat.Pdf, cancellationToken);

    public Task<IActionResult> OnGetPngAsync(CancellationToken cancellationToken) => RenderAsync(RenderFormat.Png, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        await pledges.WithdrawAsync(pledge, cancellationToken);
        return Redirect(links.Pledge(Token));
    }

    /// <summary>Renews a lapsed pledge with the same choices and opens the new one; anything else is shown as it stands.</summary>
    public async Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        return Redirect(links.Pledge(pledges.TokenFor(await pledges.RenewAsync(pledge, cancellationToken))));
    }

    private async Task<IActionResult> RenderAsync(RenderFormat format, CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(Token, cancellationToken) is not { } pledge || PledgeRules.IsEnded(pledge))
        {
            return NotFound();
        }

        var square = format == RenderFormat.Png;
        var language = HttpContext.Language().Code;
        var file = await documents.RenderAsync(
            new DocumentRequest($"pledge-card-{pledge.Id:N}-{language}", links.PledgeCard(Token, square), format, CardSize, CardSize), cancellationToken);

        // Without Chromium the print-ready page is the card: say so rather than fail.
        return file is null
            ? Redirect(links.PledgeCard(Token, square) + "?unavailable=true")
            : PhysicalFile(file, square ? "image/png" : "application/pdf", $"notice-the-signs-pledge-card.{(square ? "png" : "pdf")}");
    }
}
