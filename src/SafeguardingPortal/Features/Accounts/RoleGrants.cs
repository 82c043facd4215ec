using System.Security.Claims;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>Gives and takes away roles. Every change to a privileged role is audited, in the same unit of work.</summary>
public sealed class RoleGrants(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public RoleGrant Grant(PortalUser user, PortalRole role, string? scope, ClaimsPrincipal? by, GrantSource source = GrantSource.Administrator)
    {
        var grant = new RoleGrant
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            Role = role,
            Scope = PortalRoles.Teams.Contains(role) ? role.ToString() : scope,
            Source = source,
            GrantedAt = time.GetUtcNow(),
            GrantedBy = by?.UserId(),
        };
        db.Set<RoleGrant>().Add(grant);
        if (PortalRoles.IsPrivileged(role))
        {
            audit.Record(by, "role.granted", "user", user.Id.ToString(), detail: Describe(grant));
        }

        return grant;
    }

    public void Revoke(RoleGrant grant, ClaimsPrincipal? by)
    {
        db.Set<RoleGrant>().Remove(grant);
        if (PortalRoles.IsPrivileged(grant.Role))
        {
            audit.Record(by, "role.revoked", "user", grant.UserId.ToString(), detail: Describe(grant));
        }
    }

    private static string Describe(RoleGrant grant) => grant.Scope is null ? grant.Role.ToString() : $"{grant.Role}={grant.Scope}";
}
