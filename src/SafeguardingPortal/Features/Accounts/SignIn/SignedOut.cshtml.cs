using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Accounts.SignIn;

public sealed class SignedOutModel : PageModel;
