using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts.Passwords;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>The invitation email's link: confirms the address and sets the first password, then signs in.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InvitationModel(Invitations invitations, SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public FormErrors Errors { get; } = new();

    public PortalUser? Invited { get; private set; }

    public TextField PasswordField => new(nameof(Password), "Create a password", null)
    {
        Hint = $"Use at least {PasswordRules.MinimumLength} characters. Three random words together make a strong password that is easy to remember.",
        Type = "password",
        Autocomplete = "new-password",
    };

    public TextField ConfirmField => new(nameof(ConfirmPassword), "Type your password again", null) { Type = "password", Autocomplete = "new-password" };

    public async Task OnGetAsync() => Invited = await FindAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Invited = await FindAsync();
        if (Invited is null)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add(nameof(Password), "Enter a password");
        }
        else if (Password != ConfirmPassword)
        {
            Errors.Add(nameof(ConfirmPassword), "The passwords do not match");
        }

        if (!Errors.Any)
        {
            var result = await invitations.AcceptAsync(Invited, Token!, Password!);
            foreach (var error in result.Errors)
            {
                Errors.Add(nameof(Password), error.Description);
            }
        }

        if (Errors.Any)
        {
            return Page();
        }

        await signIn.SignInAsync(Invited, isPersistent: false);
        return await SignedIn.RedirectAsync(this, Invited, signIn.UserManager, returnUrl: null);
    }

    private async Task<PortalUser?> FindAsync() =>
        string.IsNullOrEmpty(Token) ? null : await invitations.FindPendingAsync(UserId, Token);
}
