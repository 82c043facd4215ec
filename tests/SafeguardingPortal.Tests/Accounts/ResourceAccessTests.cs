using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Accounts;

/// <summary>security.md §2: roles say what kind of record; these checks say which ones.</summary>
public sealed class ResourceAccessTests
{
    private static readonly Guid Me = Guid.NewGuid();

    [Theory]
    [InlineData("Champion=open-spaces", "open-spaces", true)]
    [InlineData("Champion=open-spaces", "barbican-centre", false)]
    [InlineData("DepartmentLead=barbican-centre", "barbican-centre", true)]
    [InlineData("DepartmentLead=barbican-centre", "open-spaces", false)]
    [InlineData("SafeguardingLead", "open-spaces", true)]
    [InlineData("Administrator", "open-spaces", false)]
    [InlineData("Staff", "open-spaces", false)]
    public async Task Department_records_open_to_that_departments_champions_and_lead(string grant, string department, bool allowed) =>
        Assert.Equal(allowed, await AllowedAsync(new DepartmentAccessHandler(), User(grant), new DepartmentResource(department), ResourceAccess.Department));

    [Theory]
    [InlineData("ChildrenTeam=ChildrenTeam", Team.Children, true)]
    [InlineData("AdultsTeam=AdultsTeam", Team.Children, false)]
    [InlineData("AdultsTeam=AdultsTeam", Team.Adults, true)]
    [InlineData("Lado=Lado", Team.Lado, true)]
    [InlineData("Prevent=Prevent", Team.Adults, false)]
    [InlineData("TeamManager=ChildrenTeam", Team.Children, true)]
    [InlineData("TeamManager=ChildrenTeam", Team.Adults, false)]
    [InlineData("SafeguardingLead", Team.Prevent, true)]
    [InlineData("Champion=open-spaces", Team.Children, false)]
    [InlineData("Administrator", Team.Children, false)]
    public async Task A_concern_opens_to_the_teams_it_was_routed_to(string grant, Team team, bool allowed) =>
        Assert.Equal(allowed, await AllowedAsync(new ConcernAccessHandler(), User(grant), new ConcernResource([team]), ResourceAccess.Concern));

    [Fact]
    public async Task A_concern_routed_to_two_teams_opens_to_both() =>
        Assert.True(await AllowedAsync(new ConcernAccessHandler(), User("AdultsTeam=AdultsTeam"), new ConcernResource([Team.Children, Team.Adults]), ResourceAccess.Concern));

    [Fact]
    public async Task A_person_is_open_to_themselves_their_line_manager_and_administrators()
    {
        var other = Guid.NewGuid();
        var handler = new PersonAccessHandler();

        Assert.True(await AllowedAsync(handler, User("Staff"), new PersonResource(Me, null), ResourceAccess.Person));
        Assert.True(await AllowedAsync(handler, User("Staff"), new PersonResource(other, Me), ResourceAccess.Person));
        Assert.False(await AllowedAsync(handler, User("Staff"), new PersonResource(other, Guid.NewGuid()), ResourceAccess.Person));
        Assert.False(await AllowedAsync(handler, User("SafeguardingLead"), new PersonResource(other, null), ResourceAccess.Person));
        Assert.True(await AllowedAsync(handler, User("Administrator"), new PersonResource(other, null), ResourceAccess.Person));
    }

    [Theory]
    [InlineData("Champion=open-spaces", "2027-06-01", false, true)]
    [InlineData("Champion=open-spaces", "2027-06-02", false, false)]
    [InlineData("Champion=open-spaces", "2027-06-01", true, false)]
    [InlineData("Staff", "2027-06-01", false, false)]
    [InlineData("SafeguardingLead", "2027-06-01", false, false)]
    public async Task The_champion_resources_open_to_champions_with_an_in_date_unrevoked_certificate(string grant, string today, bool revoked, bool allowed)
    {
        var certificate = new Certificate { Course = "champion-running-a-briefing", ExpiresOn = new DateOnly(2027, 6, 2), Revoked = revoked };
        var resource = new ChampionResourcesResource([certificate], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(allowed, await AllowedAsync(new ChampionResourcesAccessHandler(), User(grant), resource, ResourceAccess.ChampionResources));
    }

    [Fact]
    public async Task The_champion_resources_stay_closed_to_a_champion_without_a_certificate() =>
        Assert.False(await AllowedAsync(new ChampionResourcesAccessHandler(), User("Champion=open-spaces"), new ChampionResourcesResource([], new DateOnly(2027, 1, 1)), ResourceAccess.ChampionResources));

    [Fact]
    public async Task A_handler_answers_only_its_own_requirement() =>
        Assert.False(await AllowedAsync(new DepartmentAccessHandler(), User("SafeguardingLead"), new DepartmentResource("open-spaces"), ResourceAccess.Person));

    private static ClaimsPrincipal User(string grant)
    {
        var role = grant.Split('=')[0];
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Me.ToString()), new(ClaimTypes.Role, role) };
        if (grant.Contains('=', StringComparison.Ordinal))
        {
            claims.Add(new Claim(PortalClaims.Scope, grant));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<bool> AllowedAsync(IAuthorizationHandler handler, ClaimsPrincipal user, object resource, IAuthorizationRequirement requirement)
    {
        var context = new AuthorizationHandlerContext([requirement], user, resource);
        await handler.HandleAsync(context);
        return context.HasSucceeded;
    }
}
