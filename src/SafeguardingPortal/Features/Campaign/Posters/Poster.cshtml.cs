using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Campaign.Posters;

/// <summary>One poster: an accessible page, its A4 print file (PDF), its screen saver (PNG) and its QR code.</summary>
[OutputCache(PolicyName = PortalSetup.PublicPagePolicy)]
public sealed class PosterModel(CampaignContent content, IOptions<ReferenceData> reference, PortalLinks links, ChromiumDocumentRenderer documents)
    : CampaignPageModel(content)
{
    public const int ScreenSaverWidth = 1920;
    public const int ScreenSaverHeight = 1080;

    public PosterView Poster { get; private set; } = null!;

    public bool DocumentsAvailable => documents.IsAvailable;

    [FromRoute]
    public int Number { get; set; }

    public IActionResult OnGet()
    {
        var result = Show($"/posters/{Number}", PageLayout.Poster);
        if (result is PageResult)
        {
            Poster = For(links, reference.Value, Shown, Number);
        }

        return result;
    }

    public IActionResult OnGetQrCode() =>
        Campaign.FindQuietly($"/posters/{Number}") is null ? NotFound() : File(QrCodes.Png(links.ReportAbsolute(Source(Number))), "image/png");

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) =>
        RenderAsync(RenderFormat.Pdf, links.PosterPrint(Number), "application/pdf", cancellationToken);

    public Task<IActionResult> OnGetScreenSaverAsync(CancellationToken cancellationToken) =>
        RenderAsync(RenderFormat.Png, links.PosterScreenSaverTemplate(Number), "image/png", cancellationToken);

    /// <summary>The <c>src</c> tag a poster's QR code carries, so visits can be counted per poster.</summary>
    public static string Source(int number) => $"poster-{number}";

    public static PosterView For(PortalLinks links, ReferenceData reference, ShownContent shown, int number) =>
        new(shown, reference.Contacts, links.PosterQrCode(number), links.ReportAbsolute(Source(number)).AbsoluteUri);

    private async Task<IActionResult> RenderAsync(RenderFormat format, string templatePath, string contentType, CancellationToken cancellationToken)
    {
        var shown = Campaign.FindQuietly($"/posters/{Number}");
        if (shown is null)
        {
            return NotFound();
        }

        var key = $"poster-{Number}-{shown.Language}-{Campaign.Snapshot.Version}";
        var file = await documents.RenderAsync(
            new DocumentRequest(key, templatePath, format, ScreenSaverWidth, ScreenSaverHeight), cancellationToken);

        // Without Chromium the print-ready page is the document: say so rather than fail.
        return file is null
            ? Redirect((format == RenderFormat.Pdf ? links.PosterPrint(Number) : links.PosterScreenSaverTemplate(Number)) + "?unavailable=true")
            : PhysicalFile(file, contentType, $"notice-the-signs-poster-{Number}.{(format == RenderFormat.Pdf ? "pdf" : "png")}");
    }
}
