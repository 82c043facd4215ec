using System.Net;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>
/// security.md §4: a session ends after 30 idle minutes and after 12 hours whatever happens, and signing out
/// (or out everywhere) ends it on the server, so a copied cookie opens nothing. Each test has its own clock.
/// </summary>
public sealed class SessionTests : IDisposable
{
    private readonly PortalFactory portal = new();

    [Fact]
    public async Task A_session_survives_use_but_ends_after_30_idle_minutes()
    {
        var visitor = await SignedInAsync();
        for (var i = 0; i < 6; i++)
        {
            portal.Time.Now += TimeSpan.FromMinutes(25);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(visitor));
        }

        portal.Time.Now += TimeSpan.FromMinutes(31);
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(visitor));
    }

    [Fact]
    public async Task A_session_ends_after_12_hours_even_in_use()
    {
        var visitor = await SignedInAsync();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            portal.Time.Now += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(visitor));
        }

        portal.Time.Now += TimeSpan.FromMinutes(20);
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(visitor));
    }

    [Fact]
    public async Task After_sign_out_the_old_cookie_opens_nothing()
    {
        var visitor = await SignedInAsync();
        var cookie = SessionCookie(visitor);

        await visitor.OpenAsync("/account");
        await visitor.PressAsync("Sign out");
        Assert.Equal("/account/signed-out", visitor.Path);

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_other_sessions_too()
    {
        var (laptop, phone) = (await SignedInAsync("orchid velvet compass"), await SignInAgainAsync());
        var phoneCookie = SessionCookie(phone);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(phoneCookie));

        await laptop.OpenAsync("/account");
        Assert.Contains("signed in on 2 devices or browsers", laptop.Text, StringComparison.Ordinal);
        await laptop.PressAsync("Sign out everywhere");

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(phoneCookie));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(laptop));
    }

    public void Dispose() => portal.Dispose();

    private string email = "";

    private async Task<JourneyClient> SignedInAsync(string password = "orchid velvet compass")
    {
        var user = await TestUsers.CreateAsync(portal, Features.Accounts.AccountKind.Local, roles: [(Features.Accounts.PortalRole.Member, null)]);
        await TestUsers.SetPasswordAsync(portal, user, password);
        email = user.Email!;
        return await SignInAgainAsync(password);
    }

    private async Task<JourneyClient> SignInAgainAsync(string password = "orchid velvet compass")
    {
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync("/account/sign-in");
        await visitor.PressAsync("Sign in", ("Email", email), ("Password", password));
        Assert.Equal("/account", visitor.Path);
        return visitor;
    }

    private static string SessionCookie(JourneyClient visitor) => visitor.CookiesSet["__Host-portal"];

    private static async Task<HttpStatusCode> StatusAsync(JourneyClient visitor)
    {
        using var response = await visitor.Http.GetAsync(new Uri("/account", UriKind.Relative));
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie)
    {
        using var client = portal.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", "__Host-portal=" + cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
