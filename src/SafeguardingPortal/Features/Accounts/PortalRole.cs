using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>The role table of architecture.md, one value per row. An account may hold several.</summary>
public enum PortalRole
{
    Staff,
    Member,
    Partner,
    Champion,
    DepartmentLead,
    ChildrenTeam,
    AdultsTeam,
    Lado,
    Prevent,
    TeamManager,
    SafeguardingLead,
    Committee,
    ContentEditor,
    Administrator,
}

/// <summary>What a role's scope is: the thing a grant of it is limited to.</summary>
public enum RoleScope
{
    None,
    Department,
    Team,
    Organisation,
}

/// <summary>Facts about roles that every part of the portal must agree on.</summary>
public static class PortalRoles
{
    public static readonly IReadOnlyList<PortalRole> All = Enum.GetValues<PortalRole>();

    /// <summary>The teams whose inbox a team role opens; a TeamManager grant names one of them.</summary>
    public static readonly IReadOnlyList<PortalRole> Teams = [PortalRole.ChildrenTeam, PortalRole.AdultsTeam, PortalRole.Lado, PortalRole.Prevent];

    /// <summary>Everything except Staff, Member and Partner: a second factor for local accounts, and every grant audited.</summary>
    public static bool IsPrivileged(PortalRole role) => role is not (PortalRole.Staff or PortalRole.Member or PortalRole.Partner);

    public static RoleScope ScopeOf(PortalRole role) => role switch
    {
        PortalRole.Champion or PortalRole.DepartmentLead => RoleScope.Department,
        PortalRole.ChildrenTeam or PortalRole.AdultsTeam or PortalRole.Lado or PortalRole.Prevent or PortalRole.TeamManager => RoleScope.Team,
        PortalRole.Partner => RoleScope.Organisation,
        _ => RoleScope.None,
    };

    /// <summary>The team role whose inbox receives concerns routed to <paramref name="team"/>, if a team has one.</summary>
    public static PortalRole? InboxOf(Team team) => team switch
    {
        Team.Children => PortalRole.ChildrenTeam,
        Team.Adults => PortalRole.AdultsTeam,
        Team.Lado => PortalRole.Lado,
        Team.Prevent => PortalRole.Prevent,
        _ => null,
    };

    /// <summary>By exact name only: <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would also take "3", " Champion" and "Staff,Champion".</summary>
    public static bool TryParse(string value, out PortalRole role)
    {
        role = All.FirstOrDefault(r => r.ToString() == value);
        return role.ToString() == value;
    }
}
