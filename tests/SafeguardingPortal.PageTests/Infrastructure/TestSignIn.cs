using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>
/// Page tests sign in as a stored person by sending <see cref="Header"/> with their id. The principal is built by
/// the portal's own claims factory from the database, so roles, scopes and the second-factor rule are the real
/// ones; only the cookie round trip is skipped (sign-in itself is tested end to end elsewhere).
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "Test";
    public const string Header = "X-Test-User";
    private const string Selector = "TestOrCookie";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Guid.TryParse(Request.Headers[Header], out var id))
        {
            return AuthenticateResult.NoResult();
        }

        var users = Context.RequestServices.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return AuthenticateResult.Fail("No such test user");
        }

        var principal = await Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }

    public static void Register(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestSignIn>(Scheme, null)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? Scheme : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = Selector);
    }
}
