using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// The bare noticeboard poster Chromium prints to PDF. Open without signing in (Chromium has no session), so it needs
/// the short-lived token the poster page made for this department; anything else is a 404, as names are on it.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PosterPrintModel(PosterLoader posters, IDataProtectionProvider protection) : PageModel
{
    public NoticeboardPoster Poster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string? token)
    {
        string? signed;
        try
        {
            signed = token is null ? null : NoticeboardPoster.Protector(protection).Unprotect(token);
        }
        catch (CryptographicException)
        {
            signed = null;
        }

        if (signed != slug || await posters.ForAsync(slug) is not { } poster)
        {
            return NotFound();
        }

        Poster = poster;
        return Page();
    }
}
