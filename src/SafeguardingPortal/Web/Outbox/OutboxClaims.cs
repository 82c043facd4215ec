using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.Outbox;

/// <summary>
/// Claims due rows for one dispatcher by setting a lease, so several instances on one PostgreSQL database never send
/// the same row (architecture.md, Scale-out). The send happens after the claim commits, outside any transaction:
/// a slow email service must not hold row locks.
/// </summary>
public static class OutboxClaims
{
    public static async Task<List<OutboxMessage>> ClaimAsync(PortalDbContext db, DateTimeOffset now, int batchSize, TimeSpan lease, CancellationToken cancellationToken)
    {
        List<OutboxMessage> claimed;
        if (db.Database.IsNpgsql())
        {
            // SKIP LOCKED: rows another dispatcher is claiming right now are passed over, not waited for or taken twice.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            claimed = await db.Set<OutboxMessage>().FromSql($"""
                SELECT * FROM "OutboxMessages"
                WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {now})
                ORDER BY "CreatedAt"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            Hold(claimed, now + lease);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return claimed;
        }

        // SQLite is one instance's database: nobody else claims its rows.
        claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .OrderBy(m => m.CreatedAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        Hold(claimed, now + lease);
        await db.SaveChangesAsync(cancellationToken);
        return claimed;
    }

    private static void Hold(List<OutboxMessage> claimed, DateTimeOffset until) =>
        claimed.ForEach(m => m.LeaseUntil = until);
}
