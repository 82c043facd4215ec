using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Content;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>A department's noticeboard poster: the accessible page, its A4 PDF rendered by Chromium, with its QR code to the report form.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PosterModel(PosterLoader posters, ContentStore content, ChromiumDocumentRenderer documents, IDataProtectionProvider protection)
    : PageModel
{
    public NoticeboardPoster Poster { get; private set; } = null!;

    public bool DocumentsAvailable => documents.IsAvailable;

    [FromRoute]
    public string Slug { get; set; } = "";

    /// <summary>Set when a download fell back to this page because documents cannot be rendered.</summary>
    [FromQuery]
    public bool Unavailable { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await posters.ForAsync(Slug) is not { } poster)
        {
            return NotFound();
        }

        Poster = poster;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await posters.ForAsync(Slug) is not { } poster)
        {
            return NotFound();
        }

        // The names change when champions do, so they are part of the cache key with the content version.
        var names = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', poster.Champions))))[..16];
        var token = NoticeboardPoster.Protector(protection).Protect(Slug, TimeSpan.FromMinutes(5));
        var file = await documents.RenderAsync(
            new DocumentRequest($"noticeboard-{Slug}-{content.Current.Version}-{names}", $"{PrintPath(Slug)}?token={Uri.EscapeDataString(token)}", RenderFormat.Pdf),
            cancellationToken);
        return file is null
            ? Redirect($"/champions/{Slug}/poster?unavailable=true")
            : PhysicalFile(file, "application/pdf", $"safeguarding-champions-{Slug}.pdf");
    }

    public static string PrintPath(string slug) => $"/champions/{slug}/poster/print";
}
