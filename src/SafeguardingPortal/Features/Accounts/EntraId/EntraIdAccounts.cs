using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>
/// The portal account behind an Entra ID sign-in: created on first sign-in, its name and address kept current,
/// and its Entra-given roles made to match the token's app roles. Roles an administrator gave are never touched.
/// </summary>
public sealed class EntraIdAccounts(UserManager<PortalUser> users, RoleGrants grants, PortalDbContext db, TimeProvider time, ILogger<EntraIdAccounts> logger)
{
    /// <summary>The Identity login provider name the accounts are found by.</summary>
    public const string LoginProvider = EntraIdDefaults.AuthenticationScheme;

    /// <summary>The person's account, saved; null if it could not be (e.g. a local account already has the address).</summary>
    public async Task<PortalUser?> SignedInAsync(EntraIdentity person)
    {
        var user = await users.FindByLoginAsync(LoginProvider, person.LoginKey);
        var isNew = user is null;
        user ??= new PortalUser { Kind = AccountKind.EntraId, EmailConfirmed = true, CreatedAt = time.GetUtcNow() };
        user.UserName = person.SignInName;
        user.Email = person.SignInName;
        user.DisplayName = person.Name ?? person.SignInName;

        var saved = isNew ? await users.CreateAsync(user) : await users.UpdateAsync(user);
        if (isNew && saved.Succeeded)
        {
            saved = await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, person.LoginKey, "Council Microsoft account"));
        }

        if (!saved.Succeeded)
        {
            logger.LogWarning("An Entra ID account could not be saved: {Errors}", string.Join(", ", saved.Errors.Select(e => e.Code)));
            return null;
        }

        await SyncRolesAsync(user, person.Roles);
        await db.SaveChangesAsync();
        return user;
    }

    private async Task SyncRolesAsync(PortalUser user, IReadOnlyList<string> appRoles)
    {
        foreach (var ignored in appRoles.Where(value => EntraRoles.Parse(value) is null).Distinct())
        {
            logger.LogInformation("Ignored the Entra ID app role {AppRole}: the portal has no such role", ignored);
        }

        var wanted = EntraRoles.Map(appRoles)
            .Select(r => PortalRoles.ScopeOf(r.Role) == RoleScope.Department ? r with { Scope = user.Department } : r)
            .ToHashSet();
        var held = await db.Set<RoleGrant>().Where(g => g.UserId == user.Id).ToListAsync();

        foreach (var grant in held.Where(g => g.Source == GrantSource.EntraId && !wanted.Contains(new MappedRole(g.Role, g.Scope))))
        {
            grants.Revoke(grant, by: null);
        }

        // A role an administrator already gave is not given twice.
        foreach (var role in wanted.Where(r => !held.Any(g => g.Role == r.Role && g.Scope == r.Scope)))
        {
            grants.Grant(user, role.Role, role.Scope, by: null, source: GrantSource.EntraId);
        }
    }
}
