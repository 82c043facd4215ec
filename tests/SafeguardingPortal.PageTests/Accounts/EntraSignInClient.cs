using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>
/// One browser's part in an Entra ID sign-in against the portal: presses the staff button, reads what the portal
/// sends to the provider, and comes back to the callback as the provider would. Keeps its cookies where a test can see them.
/// </summary>
public sealed class EntraSignInClient(PortalFactory portal) : IDisposable
{
    public static readonly Uri Origin = new("https://localhost");

    private static readonly HtmlParser Parser = new();

    public CookieContainer Cookies { get; } = new();

    private HttpClient? http;

    /// <summary>The portal's session cookie, if it has one.</summary>
    public string? Session => Cookies.GetCookies(Origin)["__Host-portal"]?.Value;

    /// <summary>No automatic redirects; cookies kept in <see cref="Cookies"/>.</summary>
    public HttpClient Client => http ??= portal.CreateDefaultClient(Origin, new CookieContainerHandler(Cookies));

    /// <summary>Presses "Sign in with your council Microsoft account" and returns where the portal redirects.</summary>
    public async Task<Uri> StartAsync(string? returnUrl = null)
    {
        var signIn = Parser.ParseDocument(await Client.GetStringAsync("/account/sign-in"));
        var form = signIn.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.StartsWith("/account/sign-in/entra", StringComparison.Ordinal));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var action = returnUrl is null ? "/account/sign-in/entra" : QueryHelpers.AddQueryString("/account/sign-in/entra", "returnUrl", returnUrl);

        using var response = await Client.PostAsync(action, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return new Uri(Origin, response.Headers.Location!);
    }

    /// <summary>Comes back from the provider with a code and <paramref name="state"/>; follows the portal's redirects.</summary>
    public Task<(string Path, string Body)> CallbackAsync(string state, string code = "scripted-code") =>
        FollowAsync(QueryHelpers.AddQueryString("/signin-entra", new Dictionary<string, string?> { ["code"] = code, ["state"] = state }));

    /// <summary>Gets <paramref name="url"/>, following redirects within the portal, and says where it ended.</summary>
    public async Task<(string Path, string Body)> FollowAsync(string url, HttpContent? post = null)
    {
        var response = post is null ? await Client.GetAsync(url) : await Client.PostAsync(url, post);
        for (var hops = 0; response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther && hops < 10; hops++)
        {
            var next = new Uri(new Uri(Origin, url), response.Headers.Location!);
            response.Dispose();
            if (next.Authority != Origin.Authority)
            {
                return (next.ToString(), "");
            }

            url = next.PathAndQuery;
            response = await Client.GetAsync(url);
        }

        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}\n{portal.ServerErrors}");
            return (new Uri(Origin, url).AbsolutePath, await response.Content.ReadAsStringAsync());
        }
    }

    public void Dispose() => http?.Dispose();
}
