using Microsoft.Playwright;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.BrowserTests;

/// <summary>Staff sign-in in Chromium through a real OpenID provider, and signing out for real (security.md §3, §4).</summary>
public sealed class EntraIdSignInTests(EntraIdBrowserFixture fixture) : IClassFixture<EntraIdBrowserFixture>
{
    [Fact]
    public async Task SignIn_ShowsNameAndRoles_AndSignOutEndsTheSessionForACopiedCookieToo()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Notice the Signs");
        await Accessibility.AssertNoViolationsAsync(page);

        await SignInAsync(page, EntraIdBrowserFixture.Amira);

        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
        await Assertions.Expect(main).ToContainTextAsync("Amira Begum");
        await Assertions.Expect(main).ToContainTextAsync("Council Microsoft account");
        await Assertions.Expect(page.Locator("#roles")).ToContainTextAsync("Safeguarding champion");
        await Assertions.Expect(page.Locator("#roles")).ToContainTextAsync("Staff");
        await Accessibility.AssertNoViolationsAsync(page);

        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "__Host-portal");
        var copy = await WithCookieAsync(session);
        await copy.GotoAsync("/account");
        await Assertions.Expect(copy.GetByRole(AriaRole.Main)).ToContainTextAsync("Amira Begum");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/account/signed-out").ToString());

        var replayed = await WithCookieAsync(session);
        await replayed.GotoAsync("/account");
        Assert.StartsWith(new Uri(fixture.BaseAddress, "/account/sign-in").ToString(), replayed.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountWithNoAppRoles_IsStaffOnly()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await SignInAsync(page, EntraIdBrowserFixture.Ben);

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Ben Okafor");
        Assert.Equal(["Staff"], (await page.Locator("#roles li").AllTextContentsAsync()).Select(r => r.Trim()));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheSessionInTheOtherBrowser()
    {
        var first = await fixture.NewPageAsync();
        var second = await fixture.NewPageAsync();
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync("/account/sign-in");
            await SignInAsync(page, EntraIdBrowserFixture.Amira);
        }

        await first.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Assertions.Expect(first).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/account/signed-out").ToString());

        await second.GotoAsync("/account");
        Assert.StartsWith(new Uri(fixture.BaseAddress, "/account/sign-in").ToString(), second.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedPage_IsAccessible()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/sign-in/failed");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign-in did not work");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>From the portal's sign-in page, through the provider's form, and back to the account page.</summary>
    private async Task SignInAsync(IPage page, OidcAccount account)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your council Microsoft account" }).ClickAsync();
        await page.Locator("input[name=login]").FillAsync(account.AccountId);
        await page.Locator("input[name=password]").FillAsync("any password");
        await page.Locator("button.login-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/account").ToString());
    }

    /// <summary>Another browser holding only a copy of <paramref name="session"/>.</summary>
    private async Task<IPage> WithCookieAsync(BrowserContextCookiesResult session)
    {
        var page = await fixture.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = session.Name,
            Value = session.Value,
            Domain = session.Domain,
            Path = session.Path,
            Secure = session.Secure,
            HttpOnly = session.HttpOnly,
            SameSite = session.SameSite,
        }]);
        return page;
    }
}
