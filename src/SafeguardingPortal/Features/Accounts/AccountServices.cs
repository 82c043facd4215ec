using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Accounts.EntraId;
using SafeguardingPortal.Features.Accounts.Passwords;
using SafeguardingPortal.Features.Accounts.Sessions;

namespace SafeguardingPortal.Features.Accounts;

public static class AccountServices
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>
    /// ASP.NET Core Identity for local accounts, the session cookie (server-side tickets, idle and absolute
    /// limits), and the authorization policies and resource checks.
    /// </summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionLimits>(configuration.GetSection(SessionLimits.Section));
        services.Configure<EntraIdSettings>(configuration.GetSection(EntraIdSettings.Section));
        services.AddSingleton<EntraIdAvailability>();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<UserSessions>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<Invitations>();
        services.AddScoped<Admin.HeadCounts>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie!.Configure(o =>
                {
                    Harden(o.Cookie, "__Host-portal");
                    o.LoginPath = SignInPath;
                    o.LogoutPath = "/account/sign-out";
                    o.ReturnUrlParameter = "returnUrl";
                    o.SlidingExpiration = true;
                    o.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipalAsync;
                    o.Events.OnSigningIn = SessionCookieEvents.SigningInAsync;

                    // A 403 with the error page (999 and the numbers), not a redirect that hides the refusal.
                    o.Events.OnRedirectToAccessDenied = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    };
                });
                cookies.ExternalCookie!.Configure(o => Harden(o.Cookie, "__Host-portal-external"));
                cookies.TwoFactorUserIdCookie!.Configure(o => Harden(o.Cookie, "__Host-portal-second-factor"));
                cookies.TwoFactorRememberMeCookie!.Configure(o => Harden(o.Cookie, "__Host-portal-remember"));
            });
        services.AddAuthentication().AddEntraId(configuration);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore, IOptions<SessionLimits>, TimeProvider>((o, store, limits, time) =>
            {
                o.SessionStore = store;
                o.ExpireTimeSpan = limits.Value.IdleTimeout;
                o.TimeProvider = time;
            });

        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;

                // NCSC: length, not composition rules; common and guessable passwords are refused by PasswordRules.
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordRules>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddUserStore<ProtectedUserStore>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = time;
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        PortalPolicies.Add(services.AddAuthorizationBuilder());
        services.AddSingleton<IAuthorizationHandler, DepartmentAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, ConcernAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, PersonAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, ChampionResourcesAccessHandler>();
        return services;
    }

    public static void Harden(CookieBuilder cookie, string name)
    {
        // __Host-: Secure, no Domain, Path=/ — the browser refuses it otherwise, so no subdomain can plant or read it.
        cookie.Name = name;
        cookie.Path = "/";
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.IsEssential = true;
    }
}
