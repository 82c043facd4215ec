using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Tests.Accounts;

/// <summary>The role table of architecture.md, exactly.</summary>
public sealed class PortalRolesTests
{
    [Fact]
    public void The_roles_are_the_fourteen_of_the_role_table() =>
        Assert.Equal(
            ["Staff", "Member", "Partner", "Champion", "DepartmentLead", "ChildrenTeam", "AdultsTeam", "Lado", "Prevent", "TeamManager", "SafeguardingLead", "Committee", "ContentEditor", "Administrator"],
            PortalRoles.All.Select(r => r.ToString()));

    [Fact]
    public void Privileged_means_everything_except_staff_members_and_partners() =>
        Assert.Equal([PortalRole.Staff, PortalRole.Member, PortalRole.Partner], PortalRoles.All.Where(r => !PortalRoles.IsPrivileged(r)));

    [Theory]
    [InlineData(PortalRole.Champion, RoleScope.Department)]
    [InlineData(PortalRole.DepartmentLead, RoleScope.Department)]
    [InlineData(PortalRole.ChildrenTeam, RoleScope.Team)]
    [InlineData(PortalRole.TeamManager, RoleScope.Team)]
    [InlineData(PortalRole.Partner, RoleScope.Organisation)]
    [InlineData(PortalRole.SafeguardingLead, RoleScope.None)]
    [InlineData(PortalRole.Committee, RoleScope.None)]
    public void Each_role_has_the_scope_of_the_role_table(PortalRole role, RoleScope scope) => Assert.Equal(scope, PortalRoles.ScopeOf(role));

    [Fact]
    public void Roles_parse_only_by_their_exact_names()
    {
        Assert.True(PortalRoles.TryParse("Lado", out var lado) && lado == PortalRole.Lado);
        Assert.False(PortalRoles.TryParse("lado", out _));
        Assert.False(PortalRoles.TryParse("13", out _));
        Assert.False(PortalRoles.TryParse("3", out _));
        Assert.False(PortalRoles.TryParse(" Champion", out _));
        Assert.False(PortalRoles.TryParse("Staff,Champion", out _));
        Assert.False(PortalRoles.TryParse("Root", out _));
    }
}
