using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>
/// Where posters' QR codes and "report it" links land. Until the online form arrives (the report-a-concern
/// journey), it tells people how to report by phone.
/// </summary>
public sealed class StartModel(IOptions<ReferenceData> reference) : PageModel
{
    public ContactsFile Contacts => reference.Value.Contacts;
}
