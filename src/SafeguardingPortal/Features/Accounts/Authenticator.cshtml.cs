using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Documents;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>
/// Enrols an authenticator app (TOTP, RFC 6238): the QR code or the key typed in, then one code to prove it works.
/// A local account's privileged roles start working only after this.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AuthenticatorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public FormErrors Errors { get; } = new();

    public bool Enrolled { get; private set; }

    public string Key { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public TextField CodeField => new(nameof(Code), "Code from the app", null)
    {
        Hint = "Enter the 6-digit code the app shows for Notice the Signs",
        WidthClass = "govuk-input--width-5",
        Autocomplete = "one-time-code",
        InputMode = "numeric",
        Spellcheck = false,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.Kind != AccountKind.Local || user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var code = new string([.. (Code ?? "").Where(char.IsAsciiDigit)]);
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Errors.Add(nameof(Code), "The code is not right. Enter the 6-digit code your app shows now.");
            await ShowAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        audit.Record(User, "second-factor.enrolled", "user", user.Id.ToString());
        await db.SaveChangesAsync();

        // A fresh session, now with the privileged roles the second factor unlocks.
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(AccountLinks.SafeReturn(Url, ReturnUrl));
    }

    private async Task ShowAsync(PortalUser user)
    {
        Enrolled = user.Kind == AccountKind.EntraId || user.TwoFactorEnabled;
        if (Enrolled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        Key = Grouped(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Notice the Signs:" + user.Email)}?secret={key}&issuer={Uri.EscapeDataString("Notice the Signs")}&digits=6";
        QrCode = "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(uri, pixelsPerModule: 5));
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
