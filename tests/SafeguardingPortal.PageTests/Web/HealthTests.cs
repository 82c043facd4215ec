using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

[Collection(SharedPortal.Name)]
public class HealthTests(PortalFactory portal)
{
    [Fact]
    public async Task Live_And_Ready_AreHealthy()
    {
        var client = portal.CreateBrowserlessClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Ready_WithoutNextYearsBankHolidays_IsUnhealthy()
    {
        using var later = new PortalFactory();
        later.Time.Now = new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

        using var response = await later.CreateBrowserlessClient().GetAsync("/health/ready");

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(200, (int)(await later.CreateBrowserlessClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_InProductionWithoutItsSettings_IsUnhealthy()
    {
        using var production = new PortalFactory { EnvironmentName = "Production" };
        production.Settings["PublicBaseUrl"] = "";

        using var response = await production.CreateBrowserlessClient().GetAsync("/health/ready");

        Assert.Equal(503, (int)response.StatusCode);
    }

    [Fact]
    public async Task Ready_WithUnmigratedDatabase_IsUnhealthy()
    {
        using var unmigrated = new PortalFactory();
        unmigrated.Settings["Database:MigrateOnStartup"] = "false";

        using var response = await unmigrated.CreateBrowserlessClient().GetAsync("/health/ready");

        Assert.Equal(503, (int)response.StatusCode);
    }
}
