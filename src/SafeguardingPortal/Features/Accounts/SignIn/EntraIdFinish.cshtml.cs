using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts.EntraId;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>
/// Where Entra ID sign-in lands once the handler has validated the id_token: turns the short-lived external
/// sign-in into the portal's own session for the person's account, with roles from the token.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EntraIdFinishModel(EntraIdAccounts accounts, SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || EntraIdentity.From(external.Principal) is not { } person)
        {
            return RedirectToPage("Failed");
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var user = await accounts.SignedInAsync(person);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return RedirectToPage("Failed");
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: EntraIdDefaults.AuthenticationScheme);
        return await SignedIn.RedirectAsync(this, user, signIn.UserManager, ReturnUrl);
    }
}
