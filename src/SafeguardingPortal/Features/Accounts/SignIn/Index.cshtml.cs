using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts.EntraId;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>
/// Staff sign in with Entra ID; Members and partners with their email address, password and (for privileged roles)
/// an authenticator app. Failures never say which of email or password was wrong.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(SignInManager<PortalUser> signIn, EntraIdAvailability entra) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public bool EntraIdConfigured => entra.IsConfigured;

    public TextField EmailField => new(nameof(Email), "Email address", Email) { Type = "email", Autocomplete = "username", Spellcheck = false };

    public TextField PasswordField => new(nameof(Password), "Password", null) { Type = "password", Autocomplete = "current-password" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors.Add(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add(nameof(Password), "Enter your password");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Email!.Trim());
        if (user is null || user.Kind != AccountKind.Local)
        {
            return Refused();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("Code", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            Errors.Add(nameof(Email), "Your account is locked after too many attempts. Try again in 15 minutes.");
            return Page();
        }

        if (!result.Succeeded)
        {
            return Refused();
        }

        return await SignedIn.RedirectAsync(this, user, signIn.UserManager, ReturnUrl);
    }

    private PageResult Refused()
    {
        Errors.Add(nameof(Email), "Enter a correct email address and password");
        Password = null;
        return Page();
    }
}
