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

    public void OnGet() => Show();

    public void OnPost() => Show();

    /// <summary>
    /// The status comes from the route, read directly rather than model-bound: a re-executed POST whose form cannot
    /// be read (a null character, say) must still show its own status, not turn into a 500. Only error statuses are
    /// shown: anyone can type /error/1, and a status outside 400–599 is no error page (1 is not even valid HTTP).
    /// After an exception it is the one the exception handler chose: 503 while the database is out of reach, with a
    /// time to try again.
    /// </summary>
    private void Show()
    {
        Status = RouteData.Values["statusCode"] is not string given
            ? Math.Max(Response.StatusCode, StatusCodes.Status500InternalServerError)
            : int.TryParse(given, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
                ? code
                : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }
    }
}
