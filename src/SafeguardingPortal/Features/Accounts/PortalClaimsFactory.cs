using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>
/// Builds a session's claims from the person's record and role grants. A local account's privileged roles are
/// left out until it has an authenticator app (architecture.md), so nothing downstream has to remember that rule.
/// </summary>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options, PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PortalClaims.Kind, user.Kind.ToString()));
        if (user.Department is { } department)
        {
            identity.AddClaim(new Claim(PortalClaims.Department, department));
        }

        if (user.Organisation is { } organisation)
        {
            identity.AddClaim(new Claim(PortalClaims.Organisation, organisation));
        }

        var grants = await db.Set<RoleGrant>().Where(g => g.UserId == user.Id).ToListAsync();
        var withheld = user.Kind == AccountKind.Local && !user.TwoFactorEnabled;
        foreach (var grant in grants)
        {
            if (withheld && PortalRoles.IsPrivileged(grant.Role))
            {
                identity.AddClaim(new Claim(PortalClaims.SecondFactorRequired, grant.Role.ToString()));
                continue;
            }

            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, grant.Role.ToString()));
            if (grant.Scope is { } scope)
            {
                identity.AddClaim(new Claim(PortalClaims.Scope, $"{grant.Role}={scope}"));
            }
        }

        return identity;
    }
}
