using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>A department's champions see its numbers; its lead also sees the names (architecture.md, roles).</summary>
[Collection(SharedPortal.Name)]
public sealed class DepartmentPageTests(PortalFactory portal)
{
    [Fact]
    public async Task Champions_see_numbers_and_the_lead_sees_names_of_their_own_department_only()
    {
        await TestUsers.CreateAsync(portal, department: "city-bridge-trust", roles: [(PortalRole.Staff, null)]);
        var champion = await TestUsers.CreateAsync(portal, department: "city-bridge-trust", roles: [(PortalRole.Champion, "city-bridge-trust")]);
        var lead = await TestUsers.CreateAsync(portal, department: "city-bridge-trust", roles: [(PortalRole.DepartmentLead, "city-bridge-trust")]);

        var asChampion = new JourneyClient(portal.ClientFor(champion));
        await asChampion.OpenAsync("/account");
        await asChampion.OpenAsync(asChampion.Page.QuerySelector("#departments a")!.GetAttribute("href")!);
        Assert.Equal("/departments/city-bridge-trust", asChampion.Path);
        Assert.Equal("3", asChampion.Page.QuerySelector("#accounts")!.TextContent);
        Assert.Null(asChampion.Page.QuerySelector("#people"));

        var asLead = new JourneyClient(portal.ClientFor(lead));
        await asLead.OpenAsync("/departments/city-bridge-trust");
        Assert.Equal(3, asLead.Page.QuerySelectorAll("#people tbody tr").Length);

        await asLead.OpenAsync("/departments/open-spaces");
        Assert.Equal(403, (int)asLead.Status);
        await asLead.OpenAsync("/departments/no-such-department");
        Assert.Equal(404, (int)asLead.Status);
    }
}
