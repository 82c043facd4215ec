using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>Where a person goes once signed in: to enrol an authenticator app first if a privileged role waits on it.</summary>
public static class SignedIn
{
    public static async Task<IActionResult> RedirectAsync(PageModel page, PortalUser user, UserManager<PortalUser> users, string? returnUrl)
    {
        var services = page.HttpContext.RequestServices;
        var db = services.GetRequiredService<PortalDbContext>();
        user.LastSignedInAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await users.UpdateAsync(user);

        var waiting = user.Kind == AccountKind.Local && !user.TwoFactorEnabled &&
            (await db.Set<RoleGrant>().Where(g => g.UserId == user.Id).Select(g => g.Role).ToListAsync()).Any(PortalRoles.IsPrivileged);
        return waiting
            ? page.RedirectToPage("/Accounts/Authenticator", new { returnUrl })
            : page.LocalRedirect(AccountLinks.SafeReturn(page.Url, returnUrl));
    }
}
