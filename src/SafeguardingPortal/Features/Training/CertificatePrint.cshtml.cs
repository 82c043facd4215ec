using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// The bare certificate Chromium prints to PDF. Open without signing in (Chromium has no session), so it needs the
/// short-lived token the certificate page made for this code; anything else is a 404.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CertificatePrintModel(PortalDbContext db, IOptions<ReferenceData> reference, PortalLinks links, IDataProtectionProvider protection) : PageModel
{
    public CertificateView View { get; private set; } = null!;

    public static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("training-certificate-print").ToTimeLimitedDataProtector();

    public async Task<IActionResult> OnGetAsync(string code, string? token)
    {
        string? signed;
        try
        {
            signed = token is null ? null : Protector(protection).Unprotect(token);
        }
        catch (CryptographicException)
        {
            signed = null;
        }

        var certificate = signed == code ? await db.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code) : null;
        if (certificate is null)
        {
            return NotFound();
        }

        View = CertificateView.For(certificate, reference.Value.Contacts, links);
        return Page();
    }
}
