using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Training.FaceToFace;

/// <summary>
/// A lead, or a champion for their own department, records a face-to-face briefing for staff who do not use a
/// computer. Attendees are found by name within the department; the form is one post, so searching keeps the answers
/// and the people already chosen, with or without JavaScript.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db, ContentStore content, FaceToFaceService faceToFace, IAuthorizationService authorization, IOptions<ReferenceData> reference, TimeProvider time)
    : PageModel
{
    private const int MaxSearchResults = 20;
    private const int MaxNamesOnly = 100;

    [BindProperty]
    public string? Course { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    [BindProperty(Name = "HeldOn-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "HeldOn-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "HeldOn-year")]
    public string? Year { get; set; }

    [BindProperty]
    public string? Trainer { get; set; }

    [BindProperty]
    public string? Search { get; set; }

    /// <summary>The accounts ticked as attendees.</summary>
    [BindProperty]
    public List<Guid> Attendees { get; set; } = [];

    [BindProperty]
    public string? NamesOnly { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The ticked accounts, then the search results not already ticked.</summary>
    public IReadOnlyList<PortalUser> Chosen { get; private set; } = [];

    public IReadOnlyList<PortalUser> Found { get; private set; } = [];

    public bool Searched { get; private set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<FormField> DetailFields =>
    [
        new SelectField(nameof(Course), "Course", [new("", "Choose a course"), .. content.Current.Courses.Select(c => new ChoiceOption(c.Slug, $"{c.Title} ({c.LevelName})"))], Course),
        new SelectField(nameof(Department), "Department", [.. Departments.Select(d => new ChoiceOption(d.Slug, d.Name))], Department) { Hint = "Attendees are chosen from this department" },
        new DateField("HeldOn", "Date of the briefing", Day, Month, Year) { Hint = "For example, 27 3 2026" },
        new TextField(nameof(Trainer), "Who gave the briefing?", Trainer) { Autocomplete = "off" },
    ];

    public TextField SearchField => new(nameof(Search), "Find attendees by name", Search) { Hint = "People with an account in the department", Autocomplete = "off", Spellcheck = false };

    public TextareaField NamesOnlyField => new(nameof(NamesOnly), "People without an account", NamesOnly, 5000)
    {
        Rows = 5,
        Hint = "One name on each line. Their attendance is kept as the sign-in sheet, but they get a certificate only with an account: ask the service desk to create one, then record them again",
    };

    public IEnumerable<FormField> AllFields => [.. DetailFields, SearchField, NamesOnlyField];

    public async Task<IActionResult> OnGetAsync()
    {
        Departments = AllowedDepartments();
        Department ??= Departments.Count > 0 ? Departments[0].Slug : null;
        var today = LondonTime.Today(time);
        (Day, Month, Year) = (Text(today.Day), Text(today.Month), Text(today.Year));
        return await AuthorizedAsync() ? Page() : Forbid();
    }

    /// <summary>"Search" adds matching people to the list to tick; nothing is saved.</summary>
    public async Task<IActionResult> OnPostSearchAsync()
    {
        Departments = AllowedDepartments();
        if (!await AuthorizedAsync())
        {
            return Forbid();
        }

        await LoadPeopleAsync();
        Searched = true;
        var search = Search?.Trim() ?? "";
        if (search.Length == 0)
        {
            Errors.Add(nameof(Search), "Enter part of a name to search for");
            return Page();
        }

        var lowered = search.ToLowerInvariant();
        var chosen = Chosen.Select(p => p.Id).ToList();
        Found = await db.Users.AsNoTracking()
            .Where(u => u.Department == Department && !chosen.Contains(u.Id) && u.DisplayName.ToLower().Contains(lowered))
            .OrderBy(u => u.DisplayName).Take(MaxSearchResults).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Departments = AllowedDepartments();
        if (!await AuthorizedAsync())
        {
            return Forbid();
        }

        await LoadPeopleAsync();
        var course = content.Current.FindCourse(Course ?? "");
        if (course is null)
        {
            Errors.Add(nameof(Course), "Select the course the briefing covered");
        }

        var heldOn = DateInputs.Parse(Year, Month, Day);
        if (heldOn is null)
        {
            Errors.Add("HeldOn", "Enter the date of the briefing as a real date, like 27 3 2026");
        }
        else if (heldOn > LondonTime.Today(time))
        {
            Errors.Add("HeldOn", "The date of the briefing must be today or in the past");
        }

        Trainer = Trainer?.Trim();
        if (string.IsNullOrEmpty(Trainer) || Trainer.Length > 200)
        {
            Errors.Add(nameof(Trainer), "Enter who gave the briefing, in 200 characters or fewer");
        }

        var namesOnly = (NamesOnly ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (namesOnly.Length > MaxNamesOnly || namesOnly.Any(n => n.Length > 200))
        {
            Errors.Add(nameof(NamesOnly), $"Enter up to {MaxNamesOnly} names, one on each line, each in 200 characters or fewer");
        }

        if (Chosen.Count != Attendees.Distinct().Count())
        {
            // Only from a tampered form: the boxes offered are always people in the department.
            Errors.Add(nameof(Search), "Choose attendees from the department you selected");
        }
        else if (Chosen.Count == 0 && namesOnly.Length == 0)
        {
            Errors.Add(nameof(Search), "Find and tick at least one attendee, or enter the names of people without an account");
        }

        if (Errors.Any)
        {
            return Page();
        }

        await faceToFace.RecordAsync(course!, Department!, heldOn!.Value, Trainer!, [.. Chosen.Select(p => (p.Id, p.DisplayName))], namesOnly, User);
        TempData["Notice"] = $"Attendance recorded: {Chosen.Count} {(Chosen.Count == 1 ? "certificate" : "certificates")} issued for {course!.Title}";
        return RedirectToPage();
    }

    /// <summary>The safeguarding lead records for any department; a champion or department lead for their own.</summary>
    private List<Department> AllowedDepartments()
    {
        var all = reference.Value.Departments.Departments;
        if (User.Has(PortalRole.SafeguardingLead))
        {
            return all;
        }

        var mine = User.ScopesOf(PortalRole.Champion).Concat(User.ScopesOf(PortalRole.DepartmentLead)).ToHashSet();
        return [.. all.Where(d => mine.Contains(d.Slug))];
    }

    /// <summary>The department's resource check, for whichever department the form names: another department is a 403.</summary>
    private async Task<bool> AuthorizedAsync() =>
        Department is not null && reference.Value.Departments.Departments.Any(d => d.Slug == Department)
        && (await authorization.AuthorizeAsync(User, new DepartmentResource(Department), ResourceAccess.Department)).Succeeded;

    private async Task LoadPeopleAsync()
    {
        var ticked = Attendees.Distinct().ToList();
        Chosen = ticked.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ticked.Contains(u.Id) && u.Department == Department).OrderBy(u => u.DisplayName).ToListAsync();
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
