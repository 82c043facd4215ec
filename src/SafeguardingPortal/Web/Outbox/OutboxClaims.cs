using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.Outbox;

/// <summary>
/// Claims the oldest due row for one sender by setting a lease, so several instances on one PostgreSQL database never
/// send the same row (architecture.md, Scale-out). The send happens after the claim commits, outside any transaction:
/// a slow email service must not hold row locks.
/// </summary>
public static class OutboxClaims
{
    public static async Task<OutboxMessage?> ClaimNextAsync(PortalDbContext db, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        OutboxMessage? claimed;
        if (db.Database.IsNpgsql())
        {
            // SKIP LOCKED: a row another dispatcher is claiming right now is passed over, not waited for or taken twice.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            claimed = (await db.Set<OutboxMessage>().FromSql($"""
                SELECT * FROM "OutboxMessages"
                WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {now})
                ORDER BY "CreatedAt"
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken)).SingleOrDefault();
            if (claimed is not null)
            {
                claimed.LeaseUntil = now + lease;
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return claimed;
        }

        // SQLite is one instance's database: nobody else claims its rows, and the dispatcher claims one at a time.
        claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .OrderBy(m => m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (claimed is not null)
        {
            claimed.LeaseUntil = now + lease;
            await db.SaveChangesAsync(cancellationToken);
        }

        return claimed;
    }
}
