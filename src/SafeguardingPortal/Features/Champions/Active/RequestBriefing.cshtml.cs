using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>
/// Asking for a briefing for a team. Open to anyone signed in, not only line managers: whoever runs a team meeting
/// can make room for one, and the champions decide. The department is the person's own unless they choose another.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RequestBriefingModel(ChampionProgramme programme) : PageModel
{
    [BindProperty(Name = "department")]
    public string? Department { get; set; }

    [BindProperty(Name = "dates")]
    public string? Dates { get; set; }

    [BindProperty(Name = "audience")]
    public string? Audience { get; set; }

    [BindProperty(Name = "notes")]
    public string? Notes { get; set; }

    public FormErrors Errors { get; } = new();

    public bool Sent { get; private set; }

    public IEnumerable<FormField> Fields =>
    [
        new SelectField("department", "Department", [.. programme.Departments.Select(d => new ChoiceOption(d.Slug, d.Name))], Department),
        new TextField("dates", "Preferred dates", Dates) { Hint = "For example, any Tuesday morning in March, or our team meeting on 12 March", WidthClass = "govuk-!-width-two-thirds" },
        new TextField("audience", "About how many people?", Audience) { WidthClass = "govuk-input--width-4", InputMode = "numeric", Spellcheck = false },
        new TextareaField("notes", "Anything the champion should know (optional)", Notes, BriefingNotes.MaxLength)
        {
            Hint = "For example, shift patterns or a room you can use. Never include details of a case or a person: report a concern through the proper route instead.",
            Rows = 4,
        },
    ];

    public void OnGet(bool sent = false)
    {
        Sent = sent;
        Department = User.FindFirst(PortalClaims.Department)?.Value;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (programme.Departments.All(d => d.Slug != Department))
        {
            Errors.Add("department", "Select the department the briefing is for");
        }

        if (string.IsNullOrWhiteSpace(Dates))
        {
            Errors.Add("dates", "Enter the dates that would suit you");
        }
        else if (Dates.Trim().Length > BriefingRequest.PreferredDatesMaxLength)
        {
            Errors.Add("dates", $"Preferred dates must be {BriefingRequest.PreferredDatesMaxLength} characters or fewer");
        }
        else if (BriefingNotes.Check(Dates) is var datesProblem and not NotesProblem.None)
        {
            Errors.Add("dates", BriefingNotes.Explain(datesProblem).Replace("Notes", "Preferred dates", StringComparison.Ordinal));
        }

        if (!int.TryParse(Audience?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var audience) || audience is < 1 or > BriefingRequest.MaxAudience)
        {
            Errors.Add("audience", $"Enter about how many people, as a whole number from 1 to {BriefingRequest.MaxAudience:N0}");
        }

        if (BriefingNotes.Check(Notes) is var problem and not NotesProblem.None)
        {
            Errors.Add("notes", BriefingNotes.Explain(problem));
        }

        if (Errors.Any)
        {
            return Page();
        }

        await programme.RequestAsync(User, Department!, Dates!, audience, Notes, cancellationToken);
        return RedirectToPage(new { sent = true });
    }
}
