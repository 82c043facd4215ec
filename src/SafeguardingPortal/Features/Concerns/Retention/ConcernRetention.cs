using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Jobs;

namespace SafeguardingPortal.Features.Concerns.Retention;

/// <summary>
/// Anonymises closed concerns past their retention period: the answers, reasons, outcomes and notes go; what the
/// statistics need (dates, urgency, teams, decisions, rules) stays. Audited, and idempotent: an anonymised concern
/// is never touched again.
/// </summary>
public sealed class ConcernRetention(PortalDbContext db, AuditLog audit, TimeProvider time, IOptions<RetentionOptions> options) : IRecurringJob
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var shortest = Math.Min(options.Value.DefaultYears, options.Value.YearsByOutcome.Values.DefaultIfEmpty(options.Value.DefaultYears).Min());
        var closedBefore = now.AddYears(-shortest);
        var candidates = await db.Set<Concern>()
            .Where(c => c.AnonymisedAt == null && c.ClosedAt != null && c.ClosedAt <= closedBefore)
            .ToListAsync(cancellationToken);

        var anonymised = 0;
        foreach (var concern in candidates)
        {
            var cases = await db.Set<TeamCase>().Include(c => c.Notes).Where(c => c.ConcernId == concern.Id).ToListAsync(cancellationToken);
            IEnumerable<string> outcomes = concern.Status == ConcernStatus.Rejected
                ? [nameof(ConcernStatus.Rejected)]
                : cases.Select(c => c.Decision?.ToString()).OfType<string>();
            if (concern.ClosedAt!.Value.AddYears(options.Value.YearsFor(outcomes)) > now)
            {
                continue;
            }

            Anonymise(concern, cases, now);
            audit.Record(null, "concern.anonymised", "concern", concern.Id.ToString(), detail: "retention period ended");
            await db.SaveChangesAsync(cancellationToken);
            anonymised++;
        }

        return anonymised;
    }

    private void Anonymise(Concern concern, List<TeamCase> cases, DateTimeOffset now)
    {
        concern.ProtectedAnswers = "";
        concern.ProtectedRejectionReason = null;
        concern.QuarantineReason = null;
        concern.AnonymisedAt = now;
        foreach (var teamCase in cases)
        {
            teamCase.ProtectedRationale = null;
            teamCase.ProtectedTransferReason = null;
            teamCase.ProtectedOutcome = null;
            db.RemoveRange(teamCase.Notes);
        }
    }
}
