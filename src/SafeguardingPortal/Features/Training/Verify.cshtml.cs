using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Api;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// Public check of a certificate code: holder, course, level, dates and whether it is valid, expired or revoked,
/// and nothing else about the holder. Rate-limited per address like the API, so codes cannot be trawled.
/// </summary>
[EnableRateLimiting(ConcernsApi.RateLimitPolicy)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerifyModel(PortalDbContext db, TimeProvider time) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    public CertificateState State { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var found = await db.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code.Trim().ToUpperInvariant());
        if (found is null)
        {
            return NotFound();
        }

        Certificate = found;
        State = Refreshers.StateOn(LondonTime.Today(time), found.ExpiresOn, found.Revoked);
        return Page();
    }
}
