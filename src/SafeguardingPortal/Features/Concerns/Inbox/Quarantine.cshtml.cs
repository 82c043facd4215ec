using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// Reports held as suspected spam (security.md §9), for the safeguarding lead to release into routing or reject
/// with a reason. Nothing is deleted: rejected reports stay, listed below the queue.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class QuarantineModel(PortalDbContext db, InboxService inbox) : PageModel
{
    public IReadOnlyList<Concern> Held { get; private set; } = [];

    public IReadOnlyList<Concern> Rejected { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public IEnumerable<(string Href, string Message)> ErrorLinks => Errors.All.Select(e => ("#" + e.Field, e.Message));

    /// <summary>The report whose reject form shows an error, and what was typed in it.</summary>
    public (string Reference, string? Reason)? Failed { get; private set; }

    public static string ReasonId(Concern concern) => $"reason-{concern.Reference.ToLowerInvariant()}";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostReleaseAsync(string reference)
    {
        if (await HeldAsync(reference) is not { } concern)
        {
            return NotFound();
        }

        await inbox.ReleaseAsync(User, concern);
        TempData["Notice"] = $"{concern.Reference} released to the teams it was routed to";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync(string reference, string? reason)
    {
        if (await HeldAsync(reference) is not { } concern)
        {
            return NotFound();
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000)
        {
            await LoadAsync();
            Failed = (concern.Reference, reason);
            Errors.Add(ReasonId(concern), string.IsNullOrEmpty(reason) ? "Enter why the report is being rejected" : "The reason must be 1000 characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await inbox.RejectAsync(User, concern, reason);
        TempData["Notice"] = $"{concern.Reference} rejected. It is kept with your reason.";
        return RedirectToPage();
    }

    private Task<Concern?> HeldAsync(string reference) =>
        db.Set<Concern>().Include(c => c.Destinations).SingleOrDefaultAsync(c => c.Reference == reference && c.Status == ConcernStatus.Quarantined);

    private async Task LoadAsync()
    {
        var concerns = await db.Set<Concern>().AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Quarantined || c.Status == ConcernStatus.Rejected)
            .OrderBy(c => c.ReceivedAt).ToListAsync();
        Held = [.. concerns.Where(c => c.Status == ConcernStatus.Quarantined)];
        Rejected = [.. concerns.Where(c => c.Status == ConcernStatus.Rejected).OrderByDescending(c => c.ReceivedAt)];
    }
}
