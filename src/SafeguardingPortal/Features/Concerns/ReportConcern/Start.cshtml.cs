using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Dashboard.Impact;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>
/// Page 0, where posters' QR codes and "report it" links land. The poster's <c>src</c> tag rides on the start
/// link to the first question, which records it with the report (campaign impact); no answer is ever in a URL.
/// </summary>
public sealed class StartModel(IOptions<ReferenceData> reference, IOptions<ReportJourneyOptions> options, NumbersToCall numbers, ChannelCounter channels) : PageModel
{
    public ContactsFile Contacts => reference.Value.Contacts;

    public int TimeoutMinutes => (int)options.Value.Timeout.TotalMinutes;

    public string StartLink { get; private set; } = "";

    public IReadOnlyList<NumberToCall> Numbers { get; private set; } = [];

    public async Task OnGetAsync(string? src, CancellationToken cancellationToken)
    {
        var first = ReportLinks.First(Url);
        var tag = ReportLinks.SourceTag(src);
        StartLink = tag is null ? first : $"{first}?src={tag}";
        Numbers = [.. numbers.City(Team.Children), .. numbers.City(Team.Adults)];
        await channels.RecordAsync(ChannelStage.Visit, tag, cancellationToken);
    }
}
