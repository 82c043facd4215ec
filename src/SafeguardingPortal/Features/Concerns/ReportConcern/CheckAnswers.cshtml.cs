using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>Page 20: every answer with a Change link; shown only once every page on the path is answered.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CheckAnswersModel(ReportDrafts drafts, StepContextFactory contexts) : PageModel
{
    public sealed record Row(string Question, string Answer, string ChangeLink);

    public sealed record Section(string Heading, IReadOnlyList<Row> Rows);

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public string BackLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        var context = await contexts.CreateAsync(loaded.Answers, cancellationToken);
        if (ReportGate.Redirect(Url, loaded, context) is { } redirect)
        {
            return Redirect(redirect);
        }

        var path = ReportJourney.Path(context).ToList();
        BackLink = ReportLinks.Step(Url, path[^1].Step, path[^1].Person);
        Sections = [.. path.GroupBy(e => SectionOf(context, e.Step, e.Person))
            .Select(g => new Section(g.Key, [.. g.SelectMany(e => e.Step.Summarise(context, e.Person)
                .Select(r => new Row(r.Question, r.Answer, ReportLinks.Step(Url, e.Step, e.Person))))]))
            .Where(s => s.Rows.Count > 0)];
        return Page();
    }

    private static string SectionOf(StepContext c, JourneyStep step, int person) =>
        person >= 0 ? JourneyText.Caption(c, person, perPerson: true)!
        : ReportJourney.Before.Contains(step) ? c.T["About you"]
        : ReportJourney.Harm.Contains(step) ? c.T["The person causing harm"]
        : c.T["What happened"];
}
