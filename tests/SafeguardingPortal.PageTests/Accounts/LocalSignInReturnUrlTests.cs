using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>Local sign-in sends people on to pages of the portal only (security.md §6).</summary>
[Collection(SharedPortal.Name)]
public sealed class LocalSignInReturnUrlTests(PortalFactory portal)
{
    private const string Password = "four quiet lanterns drifting";

    [Theory]
    [InlineData("//evil.example", "/account")]
    [InlineData("https://evil.example", "/account")]
    [InlineData("/\\evil.example", "/account")]
    [InlineData("/account/authenticator", "/account/authenticator")]
    public async Task SignIn_WithReturnUrl_EndsOnAPortalPage(string returnUrl, string expected)
    {
        var email = $"{Guid.NewGuid():N}@partner.example";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var created = await users.CreateAsync(
                new PortalUser { Kind = AccountKind.Local, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Pat Partner" },
                Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        }

        using var browser = new EntraSignInClient(portal);
        var signIn = QueryHelpers.AddQueryString("/account/sign-in", "returnUrl", returnUrl);
        var page = new HtmlParser().ParseDocument(await browser.Client.GetStringAsync(signIn));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (path, _) = await browser.FollowAsync(signIn, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Email", email), new("Password", Password)]));

        Assert.Equal(expected, path);
        Assert.NotNull(browser.Session);
    }
}
