using Microsoft.AspNetCore.Identity;

namespace SafeguardingPortal.Features.Accounts;

public enum AccountKind
{
    /// <summary>Council staff, signed in by Microsoft Entra ID; roles come from the token's app roles.</summary>
    EntraId,

    /// <summary>Elected Members and partners: invited by an administrator, password and (if privileged) an authenticator app.</summary>
    Local,

    /// <summary>A seeded demo account for the Development run command, signed in without credentials; never exists elsewhere.</summary>
    Demo,
}

/// <summary>A person who signs in. Staff have a department; partners an organisation.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>A department slug from <c>content/reference/departments.yml</c>.</summary>
    public string? Department { get; set; }

    public string? Organisation { get; set; }

    public Guid? LineManagerId { get; set; }

    /// <summary>Works in a contact role (with children or adults at risk), so needs Level 2 training rather than Level 1.</summary>
    public bool IsContactRole { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignedInAt { get; set; }

    public List<RoleGrant> Roles { get; } = [];
}
