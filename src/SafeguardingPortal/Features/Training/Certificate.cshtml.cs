using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Training;

/// <summary>The learner's own certificate as an accessible page, and its PDF rendered by Chromium from the print template.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CertificateModel(PortalDbContext db, IOptions<ReferenceData> reference, PortalLinks links, ChromiumDocumentRenderer documents, IDataProtectionProvider protection)
    : PageModel
{
    public CertificateView View { get; private set; } = null!;

    public bool DocumentsAvailable => documents.IsAvailable;

    /// <summary>Set when a download fell back to this page because documents cannot be rendered.</summary>
    [FromQuery]
    public bool Unavailable { get; set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var certificate = await FindOwnAsync(code);
        if (certificate is null)
        {
            return NotFound();
        }

        View = CertificateView.For(certificate, reference.Value.Contacts, links);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string code, CancellationToken cancellationToken)
    {
        var certificate = await FindOwnAsync(code);
        if (certificate is null)
        {
            return NotFound();
        }

        // Chromium has no session, so the print template takes a short-lived token for this one certificate instead.
        var token = CertificatePrintModel.Protector(protection).Protect(certificate.Code, TimeSpan.FromMinutes(5));
        var file = await documents.RenderAsync(
            new DocumentRequest($"certificate-{certificate.Code}", $"/training/certificates/{Uri.EscapeDataString(certificate.Code)}/print?token={Uri.EscapeDataString(token)}", RenderFormat.Pdf),
            cancellationToken);
        return file is null
            ? Redirect($"/training/certificates/{Uri.EscapeDataString(certificate.Code)}?unavailable=true")
            : PhysicalFile(file, "application/pdf", $"notice-the-signs-certificate-{certificate.Code}.pdf");
    }

    private Task<Certificate?> FindOwnAsync(string code)
    {
        var userId = User.UserId();
        return db.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code && c.UserId == userId);
    }
}
