using System.Security.Claims;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>The id_token claims the handler keeps, under their Entra names, in the short-lived external sign-in.</summary>
public static class EntraIdClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Name = "name";
    public const string PreferredUsername = "preferred_username";
    public const string Email = "email";
    public const string Roles = "roles";
    public const string Nonce = "nonce";

    public static readonly IReadOnlyList<string> Kept = [ObjectId, TenantId, Name, PreferredUsername, Email, Roles];
}

/// <summary>Who Entra ID says signed in. The account key is <c>tid:oid</c>: oid alone is unique only within a tenant.</summary>
public sealed record EntraIdentity(string ObjectId, string TenantId, string? Name, string SignInName, IReadOnlyList<string> Roles)
{
    public string LoginKey => $"{TenantId}:{ObjectId}";

    public static EntraIdentity? From(ClaimsPrincipal? principal)
    {
        string? Value(string type) => principal?.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;

        if (Value(EntraIdClaims.ObjectId) is not { } oid || Value(EntraIdClaims.TenantId) is not { } tid)
        {
            return null;
        }

        // Entra does not promise either name; an address that can never receive mail keeps the account unique.
        var signInName = Value(EntraIdClaims.PreferredUsername) ?? Value(EntraIdClaims.Email) ?? $"{oid}@{tid}.entra.invalid";
        var roles = principal!.FindAll(EntraIdClaims.Roles).Select(c => c.Value).ToList();
        return new EntraIdentity(oid, tid, Value(EntraIdClaims.Name), signInName, roles);
    }
}
