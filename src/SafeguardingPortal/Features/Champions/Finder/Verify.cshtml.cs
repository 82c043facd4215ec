using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Concerns.Api;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// Public check that someone is a safeguarding champion, by the code on their champion-course certificate: name,
/// department, trained on, active or not, and no contact details. The code is the certificate's (30^10 possibilities,
/// <see cref="Training.CertificateCodes"/>), so there is nothing new to leak or guess; rate-limited like <c>/verify</c>.
/// </summary>
[EnableRateLimiting(ConcernsApi.RateLimitPolicy)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerifyModel(ChampionDirectory directory, IOptions<ReferenceData> reference, TimeProvider time) : PageModel
{
    public string Name { get; private set; } = "";

    public DateOnly? TrainedOn { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Each department this person champions now; empty when they no longer hold the role.</summary>
    public IReadOnlyList<DirectoryChampion> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var (certificate, champion) = await directory.ByCertificateCodeAsync(code.Trim().ToUpperInvariant());
        if (certificate is null)
        {
            return NotFound();
        }

        Name = certificate.HolderName;
        Departments = champion;
        TrainedOn = champion.Count > 0 ? champion[0].TrainedOn : (certificate.Revoked ? null : certificate.CompletedOn);
        Today = LondonTime.Today(time);
        return Page();
    }

    public string DepartmentName(string slug) =>
        reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == slug)?.Name ?? slug;
}
