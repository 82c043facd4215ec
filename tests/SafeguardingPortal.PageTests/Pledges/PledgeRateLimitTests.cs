using System.Net;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using static SafeguardingPortal.PageTests.Pledges.PledgeClients;
using PledgePage = SafeguardingPortal.Features.Pledges.IndexModel;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>Pledges without an account are limited per address like the concern form; over the limit the form comes back with its answers.</summary>
public sealed class PledgeRateLimitTests : IDisposable
{
    private readonly PortalFactory portal = new() { Settings = { ["RateLimits:FormPermitLimit"] = "1", ["RateLimits:FormWindowSeconds"] = "600" } };

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Over_the_limit_the_429_page_is_the_form_with_the_answers_kept()
    {
        var first = Counted(portal, null).Page;
        await first.OpenAsync("/pledge");
        await first.PressAsync("Make my pledge");
        Assert.StartsWith("/pledge/yours/", first.Path, StringComparison.Ordinal);

        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        var token = page.Page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await page.Http.PostAsync(new Uri("/pledge", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("first-name", "Amira"), new("email", "amira@example.com"),
            new("action", "Save the number"), new("wall", PledgePage.WallOption), new("wall", PledgePage.NameOption),
        ]));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Your answers are kept", html.QuerySelector("#too-many")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Amira", html.QuerySelector("input[name=first-name]")!.GetAttribute("value"));
        Assert.Equal("amira@example.com", html.QuerySelector("input[name=email]")!.GetAttribute("value"));
        Assert.Equal("Save the number", html.QuerySelector("textarea[name=action]")!.TextContent.Trim());
        Assert.Equal(2, html.QuerySelectorAll("input[name=wall][checked]").Length);
        Assert.Single(await StoredAsync(portal));

        // Signed-in staff share their offices' addresses, so they are not limited.
        var staff = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var signedIn = Counted(portal, staff).Page;
        await signedIn.OpenAsync("/pledge");
        await signedIn.PressAsync("Make my pledge");
        Assert.StartsWith("/pledge/yours/", signedIn.Path, StringComparison.Ordinal);
    }
}
