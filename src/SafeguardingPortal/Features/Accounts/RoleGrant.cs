namespace SafeguardingPortal.Features.Accounts;

public enum GrantSource
{
    /// <summary>Given on an admin page (local accounts, and scopes for Entra ID accounts).</summary>
    Administrator,

    /// <summary>An app role in the Entra ID token, refreshed at every sign-in.</summary>
    EntraId,

    /// <summary>A Development demo account.</summary>
    Demo,
}

/// <summary>One role held by one person, limited to a department, team or organisation where the role has a scope.</summary>
public sealed class RoleGrant
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public PortalRole Role { get; init; }

    /// <summary>The department slug, team role name or organisation; null for roles without a scope.</summary>
    public string? Scope { get; init; }

    public GrantSource Source { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public Guid? GrantedBy { get; init; }
}
