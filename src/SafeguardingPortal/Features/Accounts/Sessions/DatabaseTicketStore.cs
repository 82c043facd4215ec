using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>
/// Keeps session tickets in the database, so signing out (or out everywhere) really ends a session — a copied
/// cookie then names a row that no longer exists — and several portal instances share the sessions.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<SessionLimits> options) : ITicketStore
{
    public const string SignedInAtItem = "portal.signed-in";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var now = time.GetUtcNow();
        var userId = Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var record = new SessionRecord
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            SignedInAt = SignedInAt(ticket.Properties) ?? now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now + options.Value.IdleTimeout,
        };

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Finished sessions (anyone's) go as a new one starts, so the table holds live sessions only: each one
        // carries a name and an email address, which are not kept longer than they are needed.
        var oldest = now - options.Value.AbsoluteLimit;
        await db.Set<SessionRecord>().Where(s => s.ExpiresAt < now || s.SignedInAt < oldest).ExecuteDeleteAsync();
        db.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var expires = ticket.Properties.ExpiresUtc ?? time.GetUtcNow() + options.Value.IdleTimeout;
        var serialized = TicketSerializer.Default.Serialize(ticket);
        await db.Set<SessionRecord>().Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Ticket, serialized).SetProperty(r => r.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var record = await db.Set<SessionRecord>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == key);
        var now = time.GetUtcNow();
        if (record is null || record.ExpiresAt <= now || now - record.SignedInAt >= options.Value.AbsoluteLimit)
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(record.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SessionRecord>().Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    public static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtItem, out var value) && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : null;

    /// <summary>Sets the sign-in time a session's absolute limit counts from, once, when the session starts.</summary>
    public static void MarkSignedIn(CookieSigningInContext context, DateTimeOffset now) =>
        context.Properties.Items.TryAdd(SignedInAtItem, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
