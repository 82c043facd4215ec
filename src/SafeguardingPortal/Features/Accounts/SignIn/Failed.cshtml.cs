using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafeguardingPortal.Features.Accounts.SignIn;

/// <summary>Where a failed Entra ID sign-in lands (the handler's OnRemoteFailure): a page, never an error screen.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FailedModel : PageModel;
