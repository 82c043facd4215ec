using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>The timeout warning's "continue" (sent by report-timeout.mjs): keeps the report in progress for another full period.</summary>
public sealed class KeepAliveModel(ReportDrafts drafts) : PageModel
{
    public IActionResult OnGet() => Redirect(ReportLinks.Start(Url));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        if (loaded is not { State: DraftState.InProgress, Draft: { } draft })
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        return await drafts.TouchAsync(draft, cancellationToken) ? new NoContentResult() : StatusCode(StatusCodes.Status410Gone);
    }
}
