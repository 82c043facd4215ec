using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>
/// Identity's store, with the authenticator app's shared secret encrypted at rest: with it, a copy of the
/// database would be enough to produce anyone's sign-in codes.
/// </summary>
public sealed class ProtectedUserStore(PortalDbContext db, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<PortalUser, PortalDbContext, Guid>(db, describer)
{
    private readonly IDataProtector protector = protection.CreateProtector("SafeguardingPortal.Accounts.AuthenticatorKey.v1");

    public override Task SetAuthenticatorKeyAsync(PortalUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(PortalUser user, CancellationToken cancellationToken) =>
        await base.GetAuthenticatorKeyAsync(user, cancellationToken) is { } stored ? protector.Unprotect(stored) : null;
}
