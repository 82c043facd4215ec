using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>
/// "Page not found" and "Sorry, there is a problem": even when something fails, the visitor still sees 999
/// and the numbers to call.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel(IOptions<ReferenceData> reference) : PageModel
{
    public ContactsFile Contacts => reference.Value.Contacts;

    public int Status { get; private set; }

    public void OnGet(int? statusCode) => Show(statusCode);

    public void OnPost(int? statusCode) => Show(statusCode);

    private void Show(int? statusCode)
    {
        Status = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
    }
}
