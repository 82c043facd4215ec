using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>The second step for an account with an authenticator app: the 6-digit code it shows now.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CodeModel(SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public FormErrors Errors { get; } = new();

    public TextField CodeField => new(nameof(Code), "Code from your authenticator app", null)
    {
        Hint = "The 6-digit code your authenticator app shows for Notice the Signs",
        WidthClass = "govuk-input--width-5",
        Autocomplete = "one-time-code",
        InputMode = "numeric",
        Spellcheck = false,
    };

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Index", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Index", new { ReturnUrl });
        }

        var code = new string([.. (Code ?? "").Where(char.IsAsciiDigit)]);
        if (code.Length != 6)
        {
            Errors.Add(nameof(Code), "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            Errors.Add(nameof(Code), "Your account is locked after too many attempts. Try again in 15 minutes.");
            return Page();
        }

        if (!result.Succeeded)
        {
            Errors.Add(nameof(Code), "The code is not right, or has expired. Enter the code your app shows now.");
            return Page();
        }

        return await SignedIn.RedirectAsync(this, user, signIn.UserManager, ReturnUrl);
    }
}
