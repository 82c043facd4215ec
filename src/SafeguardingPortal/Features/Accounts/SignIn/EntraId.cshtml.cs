using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts.EntraId;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>The sign-in page's staff button: off to Entra ID, coming back to the finish page and then to a local address only.</summary>
public sealed class EntraIdModel(EntraIdAvailability entra) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => RedirectToPage("Index", new { ReturnUrl });

    public IActionResult OnPost()
    {
        if (!entra.IsConfigured)
        {
            return RedirectToPage("Index", new { ReturnUrl });
        }

        var finish = Url.Page("EntraIdFinish", new { returnUrl = AccountLinks.SafeReturn(Url, ReturnUrl) });
        return Challenge(new AuthenticationProperties { RedirectUri = finish }, EntraIdDefaults.AuthenticationScheme);
    }
}
