namespace SafeguardingPortal.Features.Accounts;

/// <summary>Roles as people read them.</summary>
public static class RoleNames
{
    public static string Of(PortalRole role) => role switch
    {
        PortalRole.Staff => "Staff",
        PortalRole.Member => "Elected Member",
        PortalRole.Partner => "Partner organisation",
        PortalRole.Champion => "Safeguarding champion",
        PortalRole.DepartmentLead => "Department safeguarding lead",
        PortalRole.ChildrenTeam => "Children's social care team",
        PortalRole.AdultsTeam => "Adult social care team",
        PortalRole.Lado => "LADO",
        PortalRole.Prevent => "Prevent",
        PortalRole.TeamManager => "Team manager",
        PortalRole.SafeguardingLead => "Safeguarding lead",
        PortalRole.Committee => "Safeguarding sub-committee",
        PortalRole.ContentEditor => "Content editor",
        PortalRole.Administrator => "Administrator",
        _ => role.ToString(),
    };

    public static string Describe(RoleGrant grant) =>
        grant.Scope is null || PortalRoles.Teams.Contains(grant.Role)
            ? Of(grant.Role)
            : $"{Of(grant.Role)}: {(PortalRoles.TryParse(grant.Scope, out var team) ? Of(team) : grant.Scope)}";
}
