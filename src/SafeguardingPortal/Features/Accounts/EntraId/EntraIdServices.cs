using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Features.Accounts.EntraId;

public static class EntraIdServices
{
    /// <summary>
    /// Staff sign-in with Entra ID, when <c>Authentication:EntraId</c> is configured; the finish page's service
    /// always, so that page answers (with the failed page) either way.
    /// </summary>
    public static AuthenticationBuilder AddEntraId(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddScoped<EntraIdAccounts>();
        var settings = configuration.GetSection(EntraIdSettings.Section).Get<EntraIdSettings>() ?? new EntraIdSettings();
        if (!settings.IsConfigured)
        {
            return builder;
        }

        builder.AddOAuth<EntraIdOptions, EntraIdHandler>(EntraIdDefaults.AuthenticationScheme, "Council Microsoft account", o =>
        {
            o.Instance = settings.Instance;
            o.TenantId = settings.TenantId!;
            o.ClientId = settings.ClientId!;
            o.ClientSecret = settings.ClientSecret!;
            o.SignInScheme = IdentityConstants.ExternalScheme;

            // Lax is enough: the provider comes back with a top-level GET. Path=/ for the __Host- prefix.
            AccountServices.Harden(o.CorrelationCookie, "__Host-portal-correlation.");
            o.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILogger<EntraIdHandler>>()
                    .LogWarning("Entra ID sign-in failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect(EntraIdHandler.FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

        // After AddOAuth's own post-configuration, which creates the backchannel this uses.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<EntraIdOptions>, EntraIdPostConfigure>());
        return builder;
    }
}
