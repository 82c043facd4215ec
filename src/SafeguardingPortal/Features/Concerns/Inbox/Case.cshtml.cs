using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// One concern, decrypted, for the teams it was routed to, and the work on one team's case (the <c>team</c> in
/// the query chooses which, for people in several). Every view and every action is audited, refusals too.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CaseModel(PortalDbContext db, InboxService inbox, ConcernService concerns, InboxClock clock, IAuthorizationService authorization) : PageModel
{
    public const int MaxText = 5000;

    /// <summary>Kept as sent even when blank (a form field "Reference=" binds before the route): null made the lookup throw.</summary>
    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Reference { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? ToTeam { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? FeelsSafer { get; set; }

    [BindProperty]
    public string? OutcomesMet { get; set; }

    [BindProperty(Name = "FollowUp-day")]
    public string? FollowUpDay { get; set; }

    [BindProperty(Name = "FollowUp-month")]
    public string? FollowUpMonth { get; set; }

    [BindProperty(Name = "FollowUp-year")]
    public string? FollowUpYear { get; set; }

    public Concern Concern { get; private set; } = null!;

    public ConcernAnswers Answers { get; private set; } = null!;

    /// <summary>The cases of the teams this person works in (every team for the safeguarding lead).</summary>
    public IReadOnlyList<TeamCase> Cases { get; private set; } = [];

    /// <summary>The case the forms act on.</summary>
    public TeamCase? Active { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public FormErrors Errors { get; } = new();

    public bool Overdue => Active is not null && clock.IsOverdue(Concern.DecideBy, Active.Status);

    public bool CanSignOff => Active is not null && CaseAccess.CanSignOff(User, Active);

    public bool CanReroute => Active is not null && Active.Status is not (CaseStatus.Closed or CaseStatus.Transferred) && CaseAccess.CanReroute(User, Active.Team);

    public string? Reveal(string? ciphertext) => inbox.Reveal(ciphertext);

    public string NameOf(Guid? id) => id is { } value && Names.TryGetValue(value, out var name) ? name : "Unknown";

    public IEnumerable<FormField> DecisionFields =>
    [
        new ChoiceField(nameof(Decision), "Decision", [.. Enum.GetValues<CaseDecision>().Select(d => new ChoiceOption(d.ToString(), InboxText.Decision(d)))], Decision is null ? [] : [Decision]),
        new TextareaField(nameof(Rationale), "Rationale", Rationale, MaxText) { Hint = "Why this decision: the thresholds and what you considered", Rows = 5 },
    ];

    public IEnumerable<FormField> FollowUpFields =>
        [new DateField("FollowUp", "Follow up with the family by", FollowUpDay, FollowUpMonth, FollowUpYear) { Hint = "For example, 27 3 2027" }];

    public IEnumerable<FormField> CloseFields =>
    [
        new TextareaField(nameof(Outcome), "Outcome", Outcome, MaxText) { Rows = 4 },
        .. Active?.Team == Routing.Team.Adults
            ? new FormField[]
            {
                new SelectField(nameof(FeelsSafer), "On a scale of 1 to 10, do they feel safer?", [new("", "Not known"), .. Enumerable.Range(1, 10).Select(n => new ChoiceOption($"{n}", $"{n}"))], FeelsSafer) { Hint = "Their own answer, where they gave one: 1 is not at all, 10 is completely" },
                new ChoiceField(nameof(OutcomesMet), "Were the outcomes they wanted met?", [.. Enum.GetValues<OutcomesMet>().Select(m => new ChoiceOption(m.ToString(), InboxText.OutcomesMet(m)))], OutcomesMet is null ? [] : [OutcomesMet]),
            }
            : [],
    ];

    public IEnumerable<FormField> RerouteFields =>
    [
        new SelectField(nameof(ToTeam), "Team", [new("", "Choose a team"), .. CaseAccess.InboxTeams.Where(t => t != Active?.Team).Select(t => new ChoiceOption(CaseAccess.Slug(t), InboxText.Team(t)))], ToTeam),
        new TextareaField(nameof(Reason), "Reason", Reason, MaxText) { Rows = 3 },
    ];

    public IEnumerable<FormField> NoteFields => [new TextareaField(nameof(Note), "Add a note", Note, MaxText) { Rows = 3 }];

    public IEnumerable<FormField> AllFields => [.. DecisionFields, .. FollowUpFields, .. CloseFields, .. RerouteFields, .. NoteFields];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? await ShowAsync();

    public Task<IActionResult> OnPostAcknowledgeAsync() => ActAsync("case.acknowledged", c => c.Status == CaseStatus.New, c => inbox.AcknowledgeAsync(User, Concern, c), "Acknowledged");

    public Task<IActionResult> OnPostDecideAsync()
    {
        var decision = InboxText.Parse<CaseDecision>(Decision);
        if (decision is null)
        {
            Errors.Add(nameof(Decision), "Select a decision");
        }

        Rationale = Rationale?.Trim();
        CheckText(nameof(Rationale), Rationale, "Enter the rationale for the decision", "Rationale");
        return ActAsync("case.decided", c => c.Status is CaseStatus.New or CaseStatus.Acknowledged or CaseStatus.AwaitingSignOff, c => inbox.DecideAsync(User, Concern, c, decision!.Value, Rationale!), "Decision recorded. A manager of the team must sign it off.");
    }

    public Task<IActionResult> OnPostSignOffAsync() =>
        ActAsync("case.signed-off", c => CaseAccess.CanSignOff(User, c), c => inbox.SignOffAsync(User, Concern, c), "Decision signed off");

    public Task<IActionResult> OnPostNoteAsync()
    {
        Note = Note?.Trim();
        CheckText(nameof(Note), Note, "Enter the note", "Note");
        return ActAsync("case.note-added", _ => true, c => inbox.AddNoteAsync(User, Concern, c, Note!), "Note added");
    }

    public Task<IActionResult> OnPostFollowUpAsync()
    {
        var on = DateInputs.Parse(FollowUpYear, FollowUpMonth, FollowUpDay);
        if (on is null)
        {
            Errors.Add("FollowUp", "Enter a real date for the follow-up");
        }

        return ActAsync("case.follow-up-set", c => c.Decision == CaseDecision.EarlyHelp && c.Status is CaseStatus.Decided or CaseStatus.Closed, c => inbox.SetFollowUpAsync(User, Concern, c, on), "Follow-up date saved");
    }

    public Task<IActionResult> OnPostFollowUpDoneAsync() =>
        ActAsync("case.follow-up-done", c => c.FollowUpOn is not null, c => inbox.SetFollowUpAsync(User, Concern, c, null), "Follow-up recorded as done");

    public Task<IActionResult> OnPostCloseAsync()
    {
        Outcome = Outcome?.Trim();
        CheckText(nameof(Outcome), Outcome, "Enter the outcome", "Outcome");
        int? feelsSafer = int.TryParse(FeelsSafer, out var score) && score is >= 1 and <= 10 ? score : null;
        if (!string.IsNullOrEmpty(FeelsSafer) && feelsSafer is null)
        {
            Errors.Add(nameof(FeelsSafer), "Select a number from 1 to 10, or not known");
        }

        var met = InboxText.Parse<OutcomesMet>(OutcomesMet);
        return ActAsync("case.closed", c => c.Status == CaseStatus.Decided, c =>
        {
            if (c.Team == Routing.Team.Adults && met is null)
            {
                Errors.Add(nameof(OutcomesMet), "Select whether the outcomes they wanted were met");
            }

            return Errors.Any ? Task.CompletedTask : inbox.CloseAsync(User, Concern, c, Outcome!, feelsSafer, met);
        }, "Case closed");
    }

    public Task<IActionResult> OnPostRerouteAsync()
    {
        var to = CaseAccess.FromSlug(ToTeam);
        Reason = Reason?.Trim();
        return ActAsync("case.rerouted", c => c.Status is not (CaseStatus.Closed or CaseStatus.Transferred) && CaseAccess.CanReroute(User, c.Team), c =>
        {
            if (to is null || to == c.Team)
            {
                Errors.Add(nameof(ToTeam), "Select the team to re-route the concern to");
            }

            CheckText(nameof(Reason), Reason, "Enter the reason for re-routing", "Reason");
            return Errors.Any ? Task.CompletedTask : inbox.RerouteAsync(User, Concern, c, to!.Value, Reason!);
        }, "Concern re-routed");
    }

    private void CheckText(string field, string? value, string missing, string label)
    {
        if (string.IsNullOrEmpty(value))
        {
            Errors.Add(field, missing);
        }
        else if (value.Length > MaxText)
        {
            Errors.Add(field, $"{label} must be {MaxText} characters or fewer");
        }
    }

    /// <summary>
    /// Runs an action on the active case: refused (403, audited) when this person may not act on it or the case
    /// is not in a state that allows it; re-shown with errors (400) when the form is wrong; else saved, then redirected.
    /// </summary>
    private async Task<IActionResult> ActAsync(string action, Func<TeamCase, bool> allowed, Func<TeamCase, Task> act, string notice)
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (Active is null || !allowed(Active))
        {
            await inbox.RefuseAsync(User, action, Concern, Active?.Team);
            return Forbid();
        }

        if (!Errors.Any)
        {
            await act(Active);
        }

        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync();
        }

        TempData["Notice"] = notice;
        return RedirectToPage(new { Reference = Concern.Reference, Team = CaseAccess.Slug(Active.Team) });
    }

    /// <summary>Finds the concern and checks this person may open it; a refusal is audited and answered 403.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var concern = await db.Set<Concern>().Include(c => c.Destinations).SingleOrDefaultAsync(c => c.Reference == Reference.ToUpperInvariant());
        if (concern is null)
        {
            return NotFound();
        }

        Concern = concern;
        var teams = CaseAccess.TeamsOf(concern);

        // Quarantined and rejected reports are the safeguarding lead's alone: no team has been told of them.
        var open = (concern.Status == ConcernStatus.New || User.Has(PortalRole.SafeguardingLead))
            && (await authorization.AuthorizeAsync(User, new ConcernResource(teams), ResourceAccess.Concern)).Succeeded;
        if (!open)
        {
            await inbox.RecordViewAsync(User, concern, AuditOutcome.Refused);
            return Forbid();
        }

        var mine = new List<Team>();
        foreach (var team in teams)
        {
            if ((await authorization.AuthorizeAsync(User, new ConcernResource([team]), ResourceAccess.Concern)).Succeeded)
            {
                mine.Add(team);
            }
        }

        var cases = new List<TeamCase>();
        foreach (var team in mine)
        {
            cases.Add(await inbox.CaseAsync(concern, team));
        }

        Cases = cases;
        Active = concern.Status == ConcernStatus.New ? cases.FirstOrDefault(c => CaseAccess.Slug(c.Team) == Team) ?? cases.FirstOrDefault() : null;
        return null;
    }

    /// <summary>Shows the concern's contents: audited as a view. (New cases made by loading are saved with it, as New.)</summary>
    private async Task<IActionResult> ShowAsync()
    {
        Answers = ConcernAnswers.Parse(concerns.ReadAnswers(Concern));
        var people = Cases.SelectMany(c => new[] { c.DecidedBy, c.SignedOffBy, c.AcknowledgedBy, c.ClosedBy }.Concat(c.Notes.Select(n => n.AuthorId))).OfType<Guid>().Distinct().ToList();
        Names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        await inbox.RecordViewAsync(User, Concern, AuditOutcome.Allowed);
        return Page();
    }
}
