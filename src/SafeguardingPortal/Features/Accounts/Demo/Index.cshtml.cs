using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts.SignIn;

namespace SafeguardingPortal.Features.Accounts.Demo;

/// <summary>Development only: sign in as a demo account of any role with one button.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db, SignInManager<PortalUser> signIn) : PageModel
{
    public IReadOnlyList<PortalUser> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => Accounts = await DemoAccounts.ListAsync(db);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await signIn.UserManager.FindByIdAsync(id.ToString()) is not { Kind: AccountKind.Demo } user)
        {
            return NotFound();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return await SignedIn.RedirectAsync(this, user, signIn.UserManager, returnUrl: null);
    }
}
