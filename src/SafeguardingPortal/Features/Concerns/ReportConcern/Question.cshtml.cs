using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Dashboard.Impact;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>
/// Every question page of the journey: one step, shown only when every page before it on the reporter's path has
/// been answered, so no step can be skipped. A page with errors is shown again with everything typed kept.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class QuestionModel(ReportDrafts drafts, StepContextFactory contexts, ChannelCounter channels) : PageModel
{
    public JourneyStep Step { get; private set; } = null!;

    /// <summary>The zero-based person this page asks about, or -1.</summary>
    public int PersonIndex { get; private set; } = -1;

    public StepContext Context { get; private set; } = null!;

    public QuestionView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public string BackLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] string step, [FromRoute] int? person, CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        if (await PrepareAsync(loaded, step, person, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        View = Step.Render(Context, PersonIndex);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string step, [FromRoute] int? person, CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        if (await PrepareAsync(loaded, step, person, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var answers = loaded.Answers;
        if (loaded.Draft is null)
        {
            answers.Source = ReportLinks.SourceTag(Request.Query["src"]);
        }

        answers.Honeypot ??= string.IsNullOrEmpty(Request.Form[ReportLinks.HoneypotField]) ? null : "filled";
        Step.Bind(Request.Form, Context, PersonIndex, Errors);
        if (Errors.Any)
        {
            View = Step.Render(Context, PersonIndex);
            return Page();
        }

        await drafts.SaveAsync(HttpContext, loaded.Draft, answers, cancellationToken);
        if (loaded.Draft is null)
        {
            // The first answer saved: this report has started (campaign impact's funnel).
            await channels.RecordAsync(ChannelStage.Start, answers.Source, cancellationToken);
        }

        var next = ReportJourney.FirstUnanswered(await contexts.CreateAsync(answers, cancellationToken));
        return Redirect(next is { } n ? ReportLinks.Step(Url, n.Step, n.Person) : ReportLinks.CheckAnswers(Url));
    }

    /// <summary>Finds the step and checks it is the reporter's to answer now; otherwise where to send them instead.</summary>
    private async Task<IActionResult?> PrepareAsync(LoadedDraft loaded, string slug, int? person, CancellationToken cancellationToken)
    {
        switch (loaded.State)
        {
            case DraftState.Expired:
                return Redirect(ReportLinks.SessionEnded(Url));
            case DraftState.Submitted:
                return Redirect(ReportLinks.Confirmation(Url));
        }

        if (ReportJourney.Find(slug) is not { } step || step.PerPerson != person.HasValue)
        {
            return NotFound();
        }

        Step = step;
        PersonIndex = person is { } p ? p - 1 : -1;
        Context = await contexts.CreateAsync(loaded.Answers, cancellationToken);
        var path = ReportJourney.Path(Context).ToList();
        var at = path.FindIndex(e => e.Step == step && e.Person == PersonIndex);
        var firstUnanswered = path.FindIndex(e => !e.Step.IsAnswered(Context, e.Person));
        if (at < 0 || (firstUnanswered >= 0 && firstUnanswered < at))
        {
            return Redirect(firstUnanswered >= 0 ? ReportLinks.Step(Url, path[firstUnanswered].Step, path[firstUnanswered].Person) : ReportLinks.CheckAnswers(Url));
        }

        BackLink = at == 0 ? ReportLinks.Start(Url) : ReportLinks.Step(Url, path[at - 1].Step, path[at - 1].Person);
        return null;
    }
}
