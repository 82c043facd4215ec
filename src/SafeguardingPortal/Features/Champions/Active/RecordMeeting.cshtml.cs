using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>The safeguarding lead records a champions' meeting: the date, who came (chosen from the champions) and the actions.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RecordMeetingModel(ChampionProgramme programme) : PageModel
{
    [BindProperty(Name = "held-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "held-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "held-year")]
    public string? Year { get; set; }

    [BindProperty(Name = "attendees")]
    public List<string> Attendees { get; set; } = [];

    [BindProperty(Name = "actions")]
    public string? Actions { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<PortalUser> Champions { get; private set; } = [];

    public IEnumerable<FormField> Fields =>
    [
        new DateField("held", "Date of the meeting", Day, Month, Year),
        new ChoiceField("attendees", "Who attended?", [.. Champions.Select(c => new ChoiceOption(c.Id.ToString(), c.DisplayName))], Attendees, Multiple: true),
        new TextareaField("actions", "Actions agreed", Actions, ChampionsMeeting.ActionsMaxLength)
        {
            Hint = "Who does what by when, by role or name. Never record details of a case or a person.",
            Rows = 6,
        },
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Champions = await programme.AllChampionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Champions = await programme.AllChampionsAsync(cancellationToken);
        var held = DateInputs.Parse(Year, Month, Day);
        if (held is null)
        {
            Errors.Add("held", "Enter the date of the meeting as a real date, for example 27 3 2026");
        }
        else if (held > programme.Today)
        {
            Errors.Add("held", "The date of the meeting must be today or in the past");
        }

        var attendees = Attendees.Select(a => Guid.TryParse(a, out var g) ? g : Guid.Empty).ToList();
        if (attendees.Count == 0 || attendees.Any(a => Champions.All(c => c.Id != a)))
        {
            Errors.Add("attendees", "Select the champions who attended");
        }

        if (string.IsNullOrWhiteSpace(Actions))
        {
            Errors.Add("actions", "Enter the actions agreed");
        }
        else if (BriefingNotes.Check(Actions) is var problem and not NotesProblem.None)
        {
            Errors.Add("actions", BriefingNotes.Explain(problem).Replace("Notes", "Actions", StringComparison.Ordinal));
        }

        if (Errors.Any)
        {
            return Page();
        }

        await programme.RecordMeetingAsync(User, held!.Value, attendees, Actions!, cancellationToken);
        return Redirect("/champions/meetings");
    }
}
