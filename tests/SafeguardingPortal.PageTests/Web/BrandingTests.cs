using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

[Collection(SharedPortal.Name)]
public class BrandingTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateBrowserlessClient();

    /// <summary>GOV.UK Frontend rebranded for the council: never the crown, the GDS Transport font or GOV.UK's name.</summary>
    [Fact]
    public async Task Frame_CarriesNoGovUkBranding()
    {
        var html = await client.GetStringAsync("/");
        var css = await client.GetStringAsync("/assets/portal.css");

        Assert.DoesNotContain("crown", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("GOV.UK", html, StringComparison.Ordinal);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);

        // GOV.UK Frontend's footer styles name a crown class, but no crown or crest image is ever drawn.
        Assert.DoesNotMatch(@"url\([^)]*(crown|crest)", css);
    }

    [Fact]
    public async Task Frame_HasTheCouncilsHeaderPhaseBannerInALandmarkAndFooterLinks()
    {
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("City of London", page.QuerySelector("header .nts-header__wordmark")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header .govuk-phase-banner"));
        Assert.NotNull(page.QuerySelector("header .govuk-service-navigation"));
        var footerLinks = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility", footerLinks);
        Assert.Contains("/privacy", footerLinks);
        Assert.Contains("/contact", footerLinks);
    }
}

public class ExitThisPageTests
{
    /// <summary>Every public page offers a quick way out that works without JavaScript and leaves no referrer.</summary>
    [Theory]
    [InlineData("/signs-of-abuse/adults")]
    [InlineData("/report")]
    [InlineData("/bn/who-to-call")]
    public async Task PublicPage_HasExitThisPageAsAPlainLink(string url)
    {
        using var portal = new PortalFactory();

        var page = await portal.CreateBrowserlessClient().GetDocumentAsync(url);

        var exit = page.QuerySelector("main .govuk-exit-this-page a.govuk-exit-this-page__button")!;
        Assert.Equal("https://www.bbc.co.uk/weather", exit.GetAttribute("href"));
        Assert.Contains("noreferrer", exit.GetAttribute("rel"));
    }
}

public class ProductionLoggingTests
{
    /// <summary>Structured logging: Production writes one JSON object a line, for the log platform to index.</summary>
    [Fact]
    public void Production_LogsAsJson()
    {
        using var production = new PortalFactory { EnvironmentName = "Production" };

        var console = production.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
    }
}
