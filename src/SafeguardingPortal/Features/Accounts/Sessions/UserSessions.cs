using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>Ends every session a person has, on every device: "sign out everywhere", and after their roles change.</summary>
/// <remarks>
/// Every session cookie names a row of the ticket store, so deleting the rows is enough. The security stamp is
/// left alone: changing it would also void an invitation link the person has not used yet.
/// </remarks>
public sealed class UserSessions(PortalDbContext db)
{
    public Task EndAllAsync(PortalUser user, CancellationToken cancellationToken = default) =>
        db.Set<SessionRecord>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);

    public Task<int> CountAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.Set<SessionRecord>().CountAsync(s => s.UserId == userId && s.ExpiresAt > now, cancellationToken);
}
