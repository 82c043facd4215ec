using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Campaign;

[Collection(SharedPortal.Name)]
public class ContentCheckInAppTests(PortalFactory portal)
{
    /// <summary>The same check as <c>dotnet run -- check-content</c>, with the app's real routes for internal links.</summary>
    [Fact]
    public void ContentCheck_WithTheAppsRoutes_Passes()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>();
        var routes = ContentCheckCommand.AppRoutes([endpoints]);

        Assert.Empty(ContentCheck.Run(portal.Services.GetRequiredService<ContentStore>().Current, routes));
        Assert.True(routes("/report"));
        Assert.True(routes("/posters/3"));
        Assert.False(routes("/no-such-page"));
    }
}
