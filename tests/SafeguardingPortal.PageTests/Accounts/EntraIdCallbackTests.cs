using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>
/// Entra ID sign-in through the portal's own handler (security.md §3, §6), with the scripted provider answering
/// the token request: only a properly signed, in-date token for this client, issuer, tenant and sign-in makes a session.
/// </summary>
public sealed class EntraIdCallbackTests(EntraIdPortal fixture) : IClassFixture<EntraIdPortal>, IDisposable
{
    private const string FailedPath = "/account/sign-in/failed";

    private readonly ScriptedOpenIdProvider provider = fixture.Provider;
    private readonly EntraSignInClient browser = new(fixture.Portal);

    public void Dispose() => browser.Dispose();

    [Fact]
    public async Task ValidToken_StartsASession_ShowingTheNameAndRolesFromTheToken()
    {
        var person = Person() with { Name = "Amira Begum", Roles = ["Champion", "TeamManager.ChildrenTeam"] };

        var (path, _) = await SignInAsync(browser, nonce => person with { Nonce = nonce });

        Assert.Equal("/account", path);
        Assert.NotNull(browser.Session);
        var (_, account) = await browser.FollowAsync("/account");
        Assert.Contains("Amira Begum", account, StringComparison.Ordinal);
        Assert.Contains(person.PreferredUsername, account, StringComparison.Ordinal);
        Assert.Contains("Safeguarding champion", account, StringComparison.Ordinal);
        Assert.Contains("Team manager", account, StringComparison.Ordinal);
        Assert.Contains("<li>Staff</li>", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_UsesPkceS256_AndTheTokenRequestCarriesTheMatchingVerifier()
    {
        var authorize = await browser.StartAsync();
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(provider.AuthorizationEndpoint.GetLeftPart(UriPartial.Path), authorize.GetLeftPart(UriPartial.Path));
        Assert.Equal(("code", "S256", provider.ClientId), (query["response_type"].ToString(), query["code_challenge_method"].ToString(), query["client_id"].ToString()));
        Assert.Equal(["openid", "profile", "email"], query["scope"].ToString().Split(' '));
        Assert.Equal("https://localhost/signin-entra", query["redirect_uri"].ToString());

        var code = Guid.NewGuid().ToString("N");
        provider.IdTokenFor = request => request.Code == code ? provider.MintIdToken(Person() with { Nonce = query["nonce"] }) : null;
        Assert.Equal("/account", (await browser.CallbackAsync(query["state"]!, code)).Path);

        var request = provider.TokenRequests.Last(r => r.Code == code);
        Assert.NotNull(request.CodeVerifier);
        Assert.Equal(query["code_challenge"].ToString(), Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier))));
        Assert.Equal(("authorization_code", provider.ClientId, "https://localhost/signin-entra"), (request.GrantType, request.ClientId, request.RedirectUri));
    }

    public static TheoryData<string> HostileTokens => new()
    {
        "wrong audience", "wrong issuer", "wrong tenant", "expired", "not yet valid", "alg none", "unknown key", "wrong nonce", "no nonce", "no oid",
    };

    [Theory]
    [MemberData(nameof(HostileTokens))]
    public async Task HostileToken_CreatesNoSession_AndEndsOnTheFailedPage(string hostile)
    {
        var now = fixture.Portal.Time.Now;
        var requestsBefore = provider.TokenRequests.Count;

        var (path, body) = await SignInAsync(browser, nonce => hostile switch
        {
            "wrong audience" => Person(nonce) with { Audience = "another-app" },
            "wrong issuer" => Person(nonce) with { Issuer = $"https://login.microsoftonline.com/{provider.TenantId}/v2.0" },
            "wrong tenant" => Person(nonce) with { TenantId = Guid.NewGuid().ToString() },
            "expired" => Person(nonce) with { IssuedAt = now.AddHours(-1).AddMinutes(-6) },
            "not yet valid" => Person(nonce) with { IssuedAt = now.AddMinutes(6) },
            "alg none" => Person(nonce) with { Signing = IdTokenSigning.AlgNone },
            "unknown key" => Person(nonce) with { Signing = IdTokenSigning.UnknownKey },
            "wrong nonce" => Person("a-nonce-from-another-sign-in"),
            "no nonce" => Person(null),
            "no oid" => Person(nonce) with { Claims = new Dictionary<string, object?> { ["oid"] = null } },
            _ => throw new ArgumentOutOfRangeException(nameof(hostile)),
        });

        Assert.Equal(FailedPath, path);
        Assert.Contains("Sign-in did not work", body, StringComparison.Ordinal);
        Assert.Null(browser.Session);
        Assert.Equal(requestsBefore + 1, provider.TokenRequests.Count);
        Assert.Equal("/account/sign-in", (await browser.FollowAsync("/account")).Path);
    }

    [Fact]
    public async Task TokenNearTheEndOfItsLife_IsAcceptedWithinFiveMinutesSkew()
    {
        var now = fixture.Portal.Time.Now;

        var (path, _) = await SignInAsync(browser, nonce => Person(nonce) with { IssuedAt = now.AddHours(-1).AddMinutes(-4) });

        Assert.Equal("/account", path);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("from another browser")]
    public async Task StateNotFromThisBrowser_CreatesNoSession(string how)
    {
        var query = QueryHelpers.ParseQuery((await browser.StartAsync()).Query);
        provider.RespondWith(provider.MintIdToken(Person(query["nonce"])));
        var state = query["state"].ToString();

        using var other = new EntraSignInClient(fixture.Portal);
        var (path, _) = how == "tampered"
            ? await browser.CallbackAsync(state[..^2] + (state[^2] == 'A' ? "B" : "A") + state[^1])
            : await other.CallbackAsync(state);

        Assert.Equal(FailedPath, path);
        Assert.Null(browser.Session);
        Assert.Null(other.Session);
    }

    [Fact]
    public async Task ProviderError_EndsOnTheFailedPage()
    {
        var query = QueryHelpers.ParseQuery((await browser.StartAsync()).Query);

        var (path, _) = await browser.FollowAsync(QueryHelpers.AddQueryString("/signin-entra", new Dictionary<string, string?>
        {
            ["error"] = "access_denied",
            ["state"] = query["state"],
        }));

        Assert.Equal(FailedPath, path);
        Assert.Null(browser.Session);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    public async Task OffSiteReturnUrl_EndsOnTheAccountPage(string returnUrl)
    {
        var (path, _) = await SignInAsync(browser, Person, returnUrl);

        Assert.Equal("/account", path);
    }

    [Fact]
    public async Task LocalReturnUrl_IsWhereSignInEnds()
    {
        var (path, _) = await SignInAsync(browser, Person, "/account/authenticator");

        Assert.Equal("/account/authenticator", path);
    }

    [Fact]
    public async Task SecondSignIn_SyncsRolesFromTheToken_KeepingAdministratorGrants()
    {
        var person = Person() with { Roles = ["Champion", "TeamManager.ChildrenTeam", "NotAPortalRole"] };
        await SignInAsync(browser, nonce => person with { Nonce = nonce });
        await WithUserAsync(person.Oid, async (user, db, grants) =>
        {
            user.Department = "barbican-centre";
            grants.Grant(user, PortalRole.ContentEditor, scope: null, by: null);
            await db.SaveChangesAsync();
        });

        using var again = new EntraSignInClient(fixture.Portal);
        await SignInAsync(again, nonce => person with { Nonce = nonce, Roles = ["Champion"], Name = "Amira B. Begum" });

        await WithUserAsync(person.Oid, async (user, db, _) =>
        {
            var held = (await db.Set<RoleGrant>().Where(g => g.UserId == user.Id).ToListAsync()).OrderBy(g => g.Role);
            Assert.Equal(
                [(PortalRole.Staff, null, GrantSource.EntraId), (PortalRole.Champion, "barbican-centre", GrantSource.EntraId), (PortalRole.ContentEditor, null, GrantSource.Administrator)],
                held.Select(g => (g.Role, g.Scope, g.Source)));
            Assert.Equal("Amira B. Begum", user.DisplayName);

            // Privileged grants from the token are audited like an administrator's, with no person as the actor.
            var audit = await db.Set<SafeguardingPortal.Web.Audit.AuditEvent>().Where(e => e.SubjectId == user.Id.ToString() && e.ActorId == null)
                .Select(e => e.Action + ":" + e.Detail).ToListAsync();
            Assert.Contains("role.granted:TeamManager=ChildrenTeam", audit);
            Assert.Contains("role.revoked:TeamManager=ChildrenTeam", audit);
        });
        Assert.DoesNotContain("Team manager", (await again.FollowAsync("/account")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithoutAnAddress_GetsAnAccountWithAnAddressThatCannotReceiveMail()
    {
        var person = Person() with { Claims = new Dictionary<string, object?> { ["preferred_username"] = null } };

        await SignInAsync(browser, nonce => person with { Nonce = nonce });

        await WithUserAsync(person.Oid, (user, _, _) =>
        {
            Assert.Equal($"{person.Oid}@{provider.TenantId}.entra.invalid", user.Email);
            Assert.Equal(AccountKind.EntraId, user.Kind);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task ContentSecurityPolicy_LetsFormsGoOnToTheEntraHost()
    {
        using var response = await browser.Client.GetAsync("/account/sign-in");

        Assert.Equal(
            SecurityHeaders.ContentSecurityPolicy + $" http://127.0.0.1:{provider.Port}",
            response.Headers.GetValues("Content-Security-Policy").Single());
    }

    /// <summary>A person of the scripted tenant, new to the portal.</summary>
    private static IdTokenSpec Person(string? nonce = null)
    {
        var oid = Guid.NewGuid().ToString();
        return new IdTokenSpec { Nonce = nonce, Oid = oid, Subject = oid, Name = "Scripted Person", PreferredUsername = $"{oid[..8]}@example.org" };
    }

    /// <summary>Signs in end to end, the provider answering with the token <paramref name="token"/> makes from the nonce the portal sent.</summary>
    private async Task<(string Path, string Body)> SignInAsync(EntraSignInClient client, Func<string, IdTokenSpec> token, string? returnUrl = null)
    {
        var query = QueryHelpers.ParseQuery((await client.StartAsync(returnUrl)).Query);
        provider.RespondWith(provider.MintIdToken(token(query["nonce"]!)));
        return await client.CallbackAsync(query["state"]!);
    }

    private async Task WithUserAsync(string oid, Func<PortalUser, PortalDbContext, RoleGrants, Task> act)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByLoginAsync("EntraId", $"{provider.TenantId}:{oid}");
        Assert.NotNull(user);
        await act(user, scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<RoleGrants>());
    }
}
