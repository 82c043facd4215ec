using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Admin.Users;

/// <summary>Invites an elected Member or a partner: an account with a first role, and an email with a link to set a password.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InviteModel(Invitations invitations, IOptions<ReferenceData> reference) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    public FormErrors Errors { get; } = new();

    public IEnumerable<FormField> Fields =>
    [
        new TextField(nameof(DisplayName), "Full name", DisplayName) { Autocomplete = "off", Spellcheck = false },
        new TextField(nameof(Email), "Email address", Email) { Type = "email", Autocomplete = "off", Spellcheck = false, Hint = "The invitation is sent here, and it becomes their sign-in name" },
        new ChoiceField(nameof(Kind), "Who are they?", [new(nameof(PortalRole.Member), "An elected Member"), new(nameof(PortalRole.Partner), "Someone from a partner organisation", "For example a school or a commissioned provider")], Kind is null ? [] : [Kind]),
        new TextField(nameof(Organisation), "Organisation (partners only)", Organisation),
        new SelectField(nameof(Department), "Department (optional)", AdminChoices.Departments(reference.Value, "None"), Department) { Hint = "Only for a partner who works with one department" },
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        DisplayName = DisplayName?.Trim();
        Email = Email?.Trim();
        Organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        Department = string.IsNullOrEmpty(Department) ? null : Department;
        if (string.IsNullOrEmpty(DisplayName) || DisplayName.Length > 200)
        {
            Errors.Add(nameof(DisplayName), "Enter their full name, in 200 characters or fewer");
        }

        if (string.IsNullOrEmpty(Email) || Email.Length > 254 || !MailAddress.TryCreate(Email, out var address) || address.Address != Email)
        {
            Errors.Add(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (Kind is not (nameof(PortalRole.Member) or nameof(PortalRole.Partner)))
        {
            Errors.Add(nameof(Kind), "Select whether they are an elected Member or from a partner organisation");
        }
        else if (Kind == nameof(PortalRole.Partner) && (Organisation is null || Organisation.Length > 200))
        {
            Errors.Add(nameof(Organisation), "Enter the partner's organisation, in 200 characters or fewer");
        }

        if (Department is not null && !AdminChoices.IsDepartment(reference.Value, Department))
        {
            Errors.Add(nameof(Department), "Select a department from the list");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var role = Kind == nameof(PortalRole.Member) ? PortalRole.Member : PortalRole.Partner;
        var (user, result) = await invitations.InviteAsync(
            new Invitation(Email!, DisplayName!, Department, role == PortalRole.Partner ? Organisation : null, [(role, role == PortalRole.Partner ? Organisation : null)]),
            User);
        if (user is null)
        {
            Errors.Add(nameof(Email), result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? "Someone with this email address already has an account"
                : "The account could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        TempData["Notice"] = $"Invitation sent to {user.Email}";
        return RedirectToPage("Person", new { id = user.Id });
    }
}
