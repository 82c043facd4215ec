using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>The demo sign-in is for the README's run command only: Production and Testing have no such page at all.</summary>
public sealed class DemoSignInTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task Outside_Development_the_demo_sign_in_does_not_exist(string environment)
    {
        using var portal = new PortalFactory { EnvironmentName = environment };
        using var client = portal.CreateBrowserlessClient();

        using var response = await client.GetAsync(new Uri("/account/demo", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/account/demo", UriKind.Relative), new FormUrlEncodedContent([new("id", Guid.Empty.ToString())]));

        Assert.Equal(404, (int)response.StatusCode);
        Assert.True((int)post.StatusCode is 400 or 404);
        var routes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText);
        Assert.DoesNotContain("account/demo", routes);
        Assert.DoesNotContain(TestUsers.Emails(portal), e => e.EndsWith("@demo.invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_Development_each_role_has_a_demo_account_one_press_away()
    {
        using var portal = new PortalFactory { EnvironmentName = "Development" };
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());

        await visitor.OpenAsync("/account/demo");
        var buttons = visitor.Page.QuerySelectorAll("main form button").Select(b => b.TextContent).ToList();
        Assert.All(PortalRoles.All, role => Assert.Contains(buttons, b => b.Contains("Demo " + RoleNames.Of(role), StringComparison.Ordinal)));

        await visitor.PressAsync("Sign in as Demo Administrator");
        Assert.Equal("/account", visitor.Path);
        Assert.Equal(200, (int)(await visitor.Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }
}
