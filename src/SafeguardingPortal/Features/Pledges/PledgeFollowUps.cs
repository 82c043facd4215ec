using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Jobs;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// Writes the 30-day follow-up emails that are due as outbox rows: to the address a member of the public gave, or to
/// the account's address. Each pledge gets one, however many runs or instances overlap.
/// </summary>
public sealed class PledgeFollowUps(PortalDbContext db, PledgeService pledges, PortalLinks links, IOptions<ReferenceData> reference, TimeProvider time) : IRecurringJob
{
    /// <returns>How many follow-ups were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dueBefore = now.AddDays(-PledgeRules.FollowUpAfterDays);
        var lapsedBefore = now.AddMonths(-PledgeRules.ValidMonths);
        var candidates = await db.Set<Pledge>().AsNoTracking()
            .Where(p => p.FollowUpSentAt == null && p.WithdrawnAt == null && p.RenewedAsId == null && p.QuarantineReason == null)
            .Where(p => p.PledgedAt <= dueBefore && p.PledgedAt > lapsedBefore && (p.ProtectedEmail != null || p.UserId != null))
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var pledge in candidates.Where(p => PledgeRules.FollowUpDue(p, now)))
        {
            var email = pledge.UserId is { } userId
                ? await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
                : pledges.EmailOf(pledge);
            if (string.IsNullOrWhiteSpace(email))
            {
                continue;
            }

            // Claiming the pledge and writing its email commit together, and only the run whose conditional update
            // found the pledge unsent writes one: a second run, here or on another instance, updates nothing and stops.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<Pledge>()
                .Where(p => p.Id == pledge.Id && p.FollowUpSentAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.FollowUpSentAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var token = pledges.FollowUpTokenFor(pledge);
            db.Add(PledgeEmails.FollowUp(pledge, email, answer => links.Absolute(PledgeLinks.FollowUp(token, answer)),
                links.ReportAbsolute(PledgeLinks.FollowUpSource), reference.Value, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            written++;
        }

        return written;
    }
}
