using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>The session cookie's events: the 12-hour absolute limit and a 30-minute idle limit that slides with use.</summary>
public static class SessionCookieEvents
{
    /// <summary>How often an active session's expiry is pushed forward (a database write), keeping the idle limit exact to this.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limits = services.GetRequiredService<IOptions<SessionLimits>>().Value;
        var signedInAt = DatabaseTicketStore.SignedInAt(context.Properties);
        if (signedInAt is null || now - signedInAt >= limits.AbsoluteLimit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not null && context.Properties.IssuedUtc is { } issued && now - issued >= RenewEvery)
        {
            context.ShouldRenew = true;
        }
    }

    public static Task SigningInAsync(CookieSigningInContext context)
    {
        DatabaseTicketStore.MarkSignedIn(context, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        return Task.CompletedTask;
    }
}
