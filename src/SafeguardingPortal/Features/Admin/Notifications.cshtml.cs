using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Alerts;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Admin;

/// <summary>
/// Notifications that ended Failed (refused, out of attempts, or with no mailbox), with their alerts, and a Resend
/// that queues one again once the cause is fixed (security.md §19: failures are shown to the people who can act).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NotificationsModel(PortalDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<(OutboxMessage Message, Alert? Alert)> Failed { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var failed = await db.Set<OutboxMessage>().Where(m => m.Status == OutboxStatus.Failed).OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync();
        var ids = failed.Select(m => (Guid?)m.Id).ToList();
        var alerts = await db.Set<Alert>().Where(a => a.ResolvedAt == null && ids.Contains(a.OutboxMessageId)).ToListAsync();
        Failed = [.. failed.Select(m => (m, alerts.FirstOrDefault(a => a.OutboxMessageId == m.Id)))];
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        var message = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed);
        if (message is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = now;
        message.LeaseUntil = null;
        var resolver = Guid.TryParse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId) ? userId : (Guid?)null;
        foreach (var alert in await db.Set<Alert>().Where(a => a.OutboxMessageId == id && a.ResolvedAt == null).ToListAsync())
        {
            alert.ResolvedAt = now;
            alert.ResolvedBy = resolver;
        }

        audit.Record(User, "notification.resent", "notification", id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "Notification queued to send again";
        return RedirectToPage();
    }
}
