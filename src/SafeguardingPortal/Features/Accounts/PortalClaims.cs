using System.Security.Claims;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>The claims the portal puts in a session, and how pages read them.</summary>
public static class PortalClaims
{
    public const string DisplayName = "portal:name";
    public const string Kind = "portal:kind";
    public const string Department = "portal:department";
    public const string Organisation = "portal:organisation";

    /// <summary>A scoped role as <c>Role=scope</c>, e.g. <c>Champion=open-spaces</c> or <c>TeamManager=ChildrenTeam</c>.</summary>
    public const string Scope = "portal:scope";

    /// <summary>Present while a local account holds privileged roles it cannot use until it enrols a second factor.</summary>
    public const string SecondFactorRequired = "portal:second-factor-required";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static bool Has(this ClaimsPrincipal user, PortalRole role) => user.IsInRole(role.ToString());

    /// <summary>The scopes (department slugs, team names, organisations) this person holds <paramref name="role"/> for.</summary>
    public static IEnumerable<string> ScopesOf(this ClaimsPrincipal user, PortalRole role)
    {
        var prefix = role + "=";
        return user.FindAll(Scope).Select(c => c.Value).Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Select(v => v[prefix.Length..]);
    }

    public static bool HasScope(this ClaimsPrincipal user, PortalRole role, string scope) =>
        user.Has(role) && user.ScopesOf(role).Contains(scope, StringComparer.Ordinal);
}
