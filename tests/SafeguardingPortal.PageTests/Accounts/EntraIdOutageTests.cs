using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>An identity-provider outage breaks staff sign-in only, with a page that says so, and heals by itself.</summary>
public sealed class EntraIdOutageTests
{
    [Fact]
    public async Task ProviderDownFromStartUp_PagesStillWork_SignInFailsKindly_ThenWorksOnceTheProviderIsBack()
    {
        await using var provider = new ScriptedOpenIdProvider();
        await provider.StartAsync();
        await provider.StopAsync();
        await using var portal = EntraIdPortal.For(provider);
        using var browser = new EntraSignInClient(portal);

        foreach (var page in new[] { "/", "/report", "/account/sign-in" })
        {
            using var response = await browser.Client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}\n{portal.ServerErrors}");
        }

        var failed = await browser.StartAsync();
        Assert.Equal("/account/sign-in/failed", failed.AbsolutePath);
        Assert.Contains("Sign-in did not work", (await browser.FollowAsync(failed.PathAndQuery)).Body, StringComparison.Ordinal);

        // Same portal host, no restart.
        await provider.StartAsync();
        var query = QueryHelpers.ParseQuery((await browser.StartAsync()).Query);
        provider.RespondWith(provider.MintIdToken(new IdTokenSpec { Nonce = query["nonce"], Name = "Back Again" }));
        var (path, body) = await browser.CallbackAsync(query["state"]!);

        Assert.Equal("/account", path);
        Assert.Contains("Back Again", body, StringComparison.Ordinal);
    }
}
