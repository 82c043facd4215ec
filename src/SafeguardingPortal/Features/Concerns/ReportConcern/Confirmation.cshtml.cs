using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>
/// Page 21: the reference, where the report went in plain words, what happens next and by when, and the numbers
/// to call now. Built from the saved decision only; nothing the reporter typed is shown back.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmationModel(
    ReportDrafts drafts, PortalDbContext db, RoutingDataProvider routing, IOptions<ReferenceData> referenceData, IStringLocalizer<UiText> text) : PageModel
{
    public string Reference { get; private set; } = "";

    public RoutingDecision Decision { get; private set; } = null!;

    public ConfirmationText Text { get; private set; } = null!;

    /// <summary>The national services the decision signposts, the police first when it names them.</summary>
    public IReadOnlyList<NationalService> Services { get; private set; } = [];

    public string CouncilName(string code) => routing.Get().Register.Find(code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        if (loaded is not { State: DraftState.Submitted, Draft.ConcernReference: { } reference })
        {
            return Redirect(loaded.State == DraftState.Expired ? ReportLinks.SessionEnded(Url) : ReportLinks.Start(Url));
        }

        var concern = await db.Set<Concern>().AsNoTracking().SingleAsync(c => c.Reference == reference, cancellationToken);
        Reference = reference;
        Decision = JsonSerializer.Deserialize<RoutingDecision>(concern.DecisionJson, ConcernsJson.Options)!;
        Text = ConfirmationTexts.For(Decision, concern.Anonymous, CouncilName, text);
        var national = referenceData.Value.Contacts.National;
        var keys = Decision.Signposts.Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
        if (Decision.Destinations.Any(d => d.Team == Team.Police101))
        {
            keys = keys.Prepend("police101");
        }

        Services = [.. keys.Select(key => national.FirstOrDefault(n => n.Key == key)).OfType<NationalService>()];
        return Page();
    }

    /// <summary>"Report another concern" starts a new report in this browser.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        await drafts.ForgetAsync(HttpContext, loaded.Draft, cancellationToken);
        return Redirect(ReportLinks.First(Url));
    }
}
