using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.EntraId;

namespace SafeguardingPortal.Tests.Accounts;

public class EntraRolesTests
{
    [Fact]
    public void NoAppRoles_IsStaffOnly() =>
        Assert.Equal([new MappedRole(PortalRole.Staff)], EntraRoles.Map([]));

    [Fact]
    public void RoleNames_MapToTheirRoles_TeamsScopedToThemselves_DepartmentRolesLeftForTheDepartment() =>
        Assert.Equal(
            new HashSet<MappedRole>
            {
                new(PortalRole.Staff),
                new(PortalRole.Champion),
                new(PortalRole.DepartmentLead),
                new(PortalRole.SafeguardingLead),
                new(PortalRole.Committee),
                new(PortalRole.ContentEditor),
                new(PortalRole.Administrator),
                new(PortalRole.ChildrenTeam, "ChildrenTeam"),
                new(PortalRole.Lado, "Lado"),
            },
            EntraRoles.Map(["Champion", "DepartmentLead", "SafeguardingLead", "Committee", "ContentEditor", "Administrator", "ChildrenTeam", "Lado", "Staff"]));

    [Theory]
    [InlineData("TeamManager.ChildrenTeam", "ChildrenTeam")]
    [InlineData("TeamManager.AdultsTeam", "AdultsTeam")]
    [InlineData("TeamManager.Lado", "Lado")]
    [InlineData("TeamManager.Prevent", "Prevent")]
    public void TeamManager_NamesTheTeam(string value, string team) =>
        Assert.Contains(new MappedRole(PortalRole.TeamManager, team), EntraRoles.Map([value]));

    [Theory]
    [InlineData("TeamManager")]
    [InlineData("TeamManager.")]
    [InlineData("TeamManager.Champion")]
    [InlineData("TeamManager.childrenteam")]
    [InlineData("Member")]
    [InlineData("Partner")]
    [InlineData("champion")]
    [InlineData(" Champion")]
    [InlineData("3")]
    [InlineData("Staff,Champion")]
    [InlineData("Champion.barbican-centre")]
    [InlineData("")]
    public void UnknownOrNotForEntraValues_AreIgnored(string value) =>
        Assert.Equal([new MappedRole(PortalRole.Staff)], EntraRoles.Map([value]));

    [Fact]
    public void RepeatedValues_GiveOneRole() =>
        Assert.Equal(2, EntraRoles.Map(["Champion", "Champion"]).Count);
}
