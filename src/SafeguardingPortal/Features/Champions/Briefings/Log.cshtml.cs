using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// Logging a briefing, or changing one: built for a phone in a corridor afterwards. Three answers are required
/// (head-count, format, length); the date and department come filled in; the rest is tucked away.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LogModel(BriefingService briefings, IAuthorizationService authorization, IOptions<ReferenceData> reference) : PageModel
{
    public const string HeadCountField = "head-count";
    public const string FormatField = "format";
    public const string DurationField = "duration";
    public const string HeldField = "held";
    public const string DepartmentField = "department";
    public const string CoFacilitatorsField = "co-facilitators";
    public const string NotesField = "notes";

    [BindProperty(Name = HeadCountField)]
    public string? HeadCount { get; set; }

    [BindProperty(Name = FormatField)]
    public string? Format { get; set; }

    [BindProperty(Name = DurationField)]
    public string? Duration { get; set; }

    [BindProperty(Name = HeldField + "-day")]
    public string? Day { get; set; }

    [BindProperty(Name = HeldField + "-month")]
    public string? Month { get; set; }

    [BindProperty(Name = HeldField + "-year")]
    public string? Year { get; set; }

    [BindProperty(Name = DepartmentField)]
    public string? Department { get; set; }

    [BindProperty(Name = "venue")]
    public string? Venue { get; set; }

    [BindProperty(Name = "topic")]
    public string? Topic { get; set; }

    [BindProperty(Name = NotesField)]
    public string? Notes { get; set; }

    [BindProperty(Name = CoFacilitatorsField)]
    public List<string> CoFacilitators { get; set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>The briefing being changed; null when logging a new one.</summary>
    public Briefing? Existing { get; private set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<PortalUser> OtherChampions { get; private set; } = [];

    public IEnumerable<FormField> RequiredFields =>
    [
        new TextField(HeadCountField, "How many people attended?", HeadCount) { WidthClass = "govuk-input--width-4", InputMode = "numeric", Spellcheck = false },
        new ChoiceField(FormatField, "How was it delivered?",
            [new(nameof(BriefingFormat.InPerson), "In person"), new(nameof(BriefingFormat.Online), "Online"), new(nameof(BriefingFormat.Hybrid), "Hybrid")],
            Format is null ? [] : [Format]),
        new TextField(DurationField, "How long was it, in minutes?", Duration) { WidthClass = "govuk-input--width-3", InputMode = "numeric", Spellcheck = false },
    ];

    public IEnumerable<FormField> DefaultedFields =>
    [
        new DateField(HeldField, "Date of the briefing", Day, Month, Year),
        .. Departments.Count > 1
            ? [new SelectField(DepartmentField, "Department", [.. Departments.Select(d => new ChoiceOption(d.Slug, d.Name))], Department)]
            : Array.Empty<FormField>(),
    ];

    public IEnumerable<FormField> OptionalFields =>
    [
        new TextField("venue", "Venue (optional)", Venue) { WidthClass = "govuk-!-width-two-thirds" },
        new TextField("topic", "Topic (optional)", Topic) { WidthClass = "govuk-!-width-two-thirds" },
        .. OtherChampions.Count > 0
            ? [new ChoiceField(CoFacilitatorsField, "Who ran it with you? (optional)", [.. OtherChampions.Select(c => new ChoiceOption(c.Id.ToString(), c.DisplayName))], CoFacilitators, Multiple: true)]
            : Array.Empty<FormField>(),
        new TextareaField(NotesField, "Notes (optional)", Notes, BriefingNotes.MaxLength)
        {
            Hint = "What the briefing covered and any questions to follow up. Never record details of a case or a person: report a concern through the proper route instead.",
            Rows = 4,
        },
    ];

    public IEnumerable<FormField> Fields => [.. RequiredFields, .. DefaultedFields, .. OptionalFields];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Existing is { } b)
        {
            (HeadCount, Format, Duration) = (b.HeadCount.ToString(CultureInfo.InvariantCulture), b.Format.ToString(), b.DurationMinutes.ToString(CultureInfo.InvariantCulture));
            (Department, Venue, Topic, Notes) = (b.Department, b.Venue, b.Topic, b.Notes);
            CoFacilitators = [.. b.Facilitators.Where(f => f.UserId != b.LoggedBy).Select(f => f.UserId.ToString())];
            SetDate(b.HeldOn);
        }
        else
        {
            Department = Departments.Count > 0 ? Departments[0].Slug : null;
            SetDate(briefings.Today);
        }

        await LoadChampionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Departments.Count == 1)
        {
            Department = Departments[0].Slug;
        }

        await LoadChampionsAsync(cancellationToken);
        var input = Validate();
        if (input is null)
        {
            return Page();
        }

        if (Existing is null)
        {
            var logged = await briefings.LogAsync(User, input, cancellationToken);
            return RedirectToPage("Session", new { id = logged.Id });
        }

        await briefings.UpdateAsync(User, Existing, input, cancellationToken);
        return RedirectToPage("Session", new { id = Existing.Id });
    }

    /// <summary>The departments this person may log for, and the briefing being changed if they may change it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        var all = reference.Value.Departments.Departments;
        if (id is { } existingId)
        {
            Existing = await briefings.FindAsync(existingId, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            if (!(await authorization.AuthorizeAsync(User, new DepartmentResource(Existing.Department), ResourceAccess.Department)).Succeeded
                || !BriefingService.MayChange(User, Existing, briefings.Now))
            {
                return Forbid();
            }

            Departments = [.. all.Where(d => d.Slug == Existing.Department)];
            return null;
        }

        var mine = User.ScopesOf(PortalRole.Champion).ToHashSet(StringComparer.Ordinal);
        Departments = [.. all.Where(d => mine.Contains(d.Slug))];
        return Departments.Count == 0 ? Forbid() : null;
    }

    private async Task LoadChampionsAsync(CancellationToken cancellationToken)
    {
        var me = Existing?.LoggedBy ?? User.UserId();
        OtherChampions = Department is null || Departments.All(d => d.Slug != Department) ? []
            : [.. (await briefings.ChampionsOfAsync(Department, cancellationToken)).Where(c => c.Id != me)];
    }

    private BriefingInput? Validate()
    {
        if (!int.TryParse(HeadCount?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var headCount) || headCount is < 1 or > Briefing.MaxHeadCount)
        {
            Errors.Add(HeadCountField, $"Enter how many people attended, as a whole number from 1 to {Briefing.MaxHeadCount:N0}");
        }

        if (!Enum.TryParse<BriefingFormat>(Format, out var format) || !Enum.IsDefined(format) || int.TryParse(Format, out _))
        {
            Errors.Add(FormatField, "Select how the briefing was delivered");
        }

        if (!int.TryParse(Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > Briefing.MaxDurationMinutes)
        {
            Errors.Add(DurationField, $"Enter how long the briefing was in minutes, from 1 to {Briefing.MaxDurationMinutes}");
        }

        var held = DateInputs.Parse(Year, Month, Day);
        if (held is null)
        {
            Errors.Add(HeldField, "Enter the date of the briefing as a real date, for example 27 3 2026");
        }
        else if (held > briefings.Today)
        {
            Errors.Add(HeldField, "The date of the briefing must be today or in the past");
        }

        if (Departments.All(d => d.Slug != Department))
        {
            Errors.Add(DepartmentField, "Select the department the briefing was for");
        }

        if (Venue?.Trim().Length > Briefing.VenueMaxLength)
        {
            Errors.Add("venue", $"Venue must be {Briefing.VenueMaxLength} characters or fewer");
        }

        if (Topic?.Trim().Length > Briefing.TopicMaxLength)
        {
            Errors.Add("topic", $"Topic must be {Briefing.TopicMaxLength} characters or fewer");
        }

        if (BriefingNotes.Check(Notes) is var problem and not NotesProblem.None)
        {
            Errors.Add(NotesField, BriefingNotes.Explain(problem));
        }

        var coFacilitators = CoFacilitators.Select(c => Guid.TryParse(c, out var g) ? g : Guid.Empty).ToList();
        if (coFacilitators.Any(c => OtherChampions.All(o => o.Id != c)))
        {
            Errors.Add(CoFacilitatorsField, "Select co-facilitators from your department's champions");
        }

        return Errors.Any ? null
            : new BriefingInput(Department!, held!.Value, headCount, format, minutes, Venue, Topic, Notes, coFacilitators);
    }

    private void SetDate(DateOnly date) =>
        (Day, Month, Year) = (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
}
