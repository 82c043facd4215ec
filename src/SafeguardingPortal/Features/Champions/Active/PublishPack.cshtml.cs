using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>The safeguarding lead publishes a new version of the briefing pack; the current one becomes superseded.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PublishPackModel(ChampionProgramme programme) : PageModel
{
    [BindProperty(Name = "label")]
    public string? Label { get; set; }

    [BindProperty(Name = "issued-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "issued-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "issued-year")]
    public string? Year { get; set; }

    [BindProperty(Name = "changes")]
    public string? Changes { get; set; }

    [BindProperty(Name = "link")]
    public string? Link { get; set; }

    public FormErrors Errors { get; } = new();

    public IEnumerable<FormField> Fields =>
    [
        new TextField("label", "Version", Label) { Hint = "For example, 2.1", WidthClass = "govuk-input--width-10" },
        new DateField("issued", "Date of issue", Day, Month, Year),
        new TextareaField("changes", "What changed", Changes, BriefingPackVersion.ChangesMaxLength) { Rows = 4 },
        new TextField("link", "Where champions find it", Link) { Hint = "A portal address such as /champions/resources/briefing-pack, or the file's name", WidthClass = "govuk-!-width-two-thirds" },
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Required("label", Label, "Enter the version", BriefingPackVersion.LabelMaxLength);
        var issued = DateInputs.Parse(Year, Month, Day);
        if (issued is null)
        {
            Errors.Add("issued", "Enter the date of issue as a real date, for example 27 3 2026");
        }

        Required("changes", Changes, "Enter what changed", BriefingPackVersion.ChangesMaxLength);
        Required("link", Link, "Enter where champions find the pack", BriefingPackVersion.LinkMaxLength);

        if (Errors.Any)
        {
            return Page();
        }

        await programme.PublishPackAsync(User, Label!, issued!.Value, Changes!, Link!, cancellationToken);
        return Redirect("/champions/pack");
    }

    private void Required(string name, string? value, string missing, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(name, missing);
        }
        else if (value.Trim().Length > maxLength)
        {
            Errors.Add(name, $"Must be {maxLength} characters or fewer");
        }
    }
}
