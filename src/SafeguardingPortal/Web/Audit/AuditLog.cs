using System.Security.Claims;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.Audit;

/// <summary>
/// Adds audit records to the caller's unit of work, so a change and its record are saved together or not at all.
/// </summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider time)
{
    public void Record(ClaimsPrincipal? actor, string action, string subjectType, string subjectId, AuditOutcome outcome = AuditOutcome.Allowed, string? detail = null) =>
        db.Set<AuditEvent>().Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorId = ActorId(actor),
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Outcome = outcome,
            Detail = detail,
        });

    private static Guid? ActorId(ClaimsPrincipal? actor) =>
        Guid.TryParse(actor?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
