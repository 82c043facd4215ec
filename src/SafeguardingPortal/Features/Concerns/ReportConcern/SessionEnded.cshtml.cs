using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>Where the journey goes when an idle report has been deleted (GOV.UK timeout pattern).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SessionEndedModel(IOptions<ReportJourneyOptions> options) : PageModel
{
    public int Minutes => (int)options.Value.Timeout.TotalMinutes;
}
