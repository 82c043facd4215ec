using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>Ends every session a person has, on every device: "sign out everywhere", and after their roles change.</summary>
public sealed class UserSessions(PortalDbContext db, UserManager<PortalUser> users)
{
    public async Task EndAllAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        await db.Set<SessionRecord>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);

        // A new security stamp also ends sessions whose cookie was issued before the ticket store held them.
        await users.UpdateSecurityStampAsync(user);
    }

    public Task<int> CountAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.Set<SessionRecord>().CountAsync(s => s.UserId == userId && s.ExpiresAt > now, cancellationToken);
}
