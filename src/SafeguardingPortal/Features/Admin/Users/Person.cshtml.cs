using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Sessions;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Admin.Users;

/// <summary>
/// One person: their department or organisation, line manager and contact-role flag; their roles; and the
/// actions an administrator takes for them. A change of role ends their sessions, so it applies at once.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PersonModel(
    PortalDbContext db,
    UserManager<PortalUser> users,
    RoleGrants grants,
    Invitations invitations,
    UserSessions sessions,
    AuditLog audit,
    IOptions<ReferenceData> reference) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? LineManagerEmail { get; set; }

    [BindProperty]
    public string? ContactRole { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? Team { get; set; }

    public PortalUser Person { get; private set; } = null!;

    public string? LineManagerName { get; private set; }

    public FormErrors Errors { get; } = new();

    public ReferenceData Reference => reference.Value;

    public IEnumerable<FormField> DetailFields =>
    [
        new SelectField(nameof(Department), "Department", AdminChoices.Departments(Reference, "None"), Department),
        new TextField(nameof(Organisation), "Organisation", Organisation) { Hint = "For partners" },
        new TextField(nameof(LineManagerEmail), "Line manager's email address", LineManagerEmail) { Type = "email", Spellcheck = false, Hint = "They must have an account. Leave empty for none." },
        new ChoiceField(nameof(ContactRole), "Do they work directly with children or adults at risk?", [new("yes", "Yes", "They need Level 2 training"), new("no", "No", "Level 1 training")], ContactRole is null ? [] : [ContactRole]),
    ];

    public IEnumerable<FormField> GrantFields =>
    [
        new SelectField(nameof(Role), "Role", [new("", "Choose a role"), .. AdminChoices.Roles()], Role),
        new SelectField(nameof(Scope), "Department (champions and department leads)", AdminChoices.Departments(Reference, "Their own department"), Scope),
        new SelectField(nameof(Team), "Team (team managers)", AdminChoices.Teams(), Team),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Department = Person.Department;
        Organisation = Person.Organisation;
        LineManagerEmail = Person.LineManagerId is { } manager ? await db.Users.Where(u => u.Id == manager).Select(u => u.Email).SingleOrDefaultAsync() : null;
        ContactRole = Person.IsContactRole ? "yes" : "no";
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Department = string.IsNullOrEmpty(Department) ? null : Department;
        Organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        if (Department is not null && !AdminChoices.IsDepartment(Reference, Department))
        {
            Errors.Add(nameof(Department), "Select a department from the list");
        }

        if (Organisation?.Length > 200)
        {
            Errors.Add(nameof(Organisation), "Organisation must be 200 characters or fewer");
        }

        PortalUser? manager = null;
        if (!string.IsNullOrWhiteSpace(LineManagerEmail))
        {
            manager = MailAddress.TryCreate(LineManagerEmail.Trim(), out _) ? await users.FindByEmailAsync(LineManagerEmail.Trim()) : null;
            if (manager is null)
            {
                Errors.Add(nameof(LineManagerEmail), "Enter the email address of someone with an account");
            }
            else if (manager.Id == Person.Id)
            {
                Errors.Add(nameof(LineManagerEmail), "A person cannot be their own line manager");
            }
        }

        if (ContactRole is not ("yes" or "no"))
        {
            Errors.Add(nameof(ContactRole), "Select whether they work directly with children or adults at risk");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var moved = Person.Department != Department;
        Person.Department = Department;
        Person.Organisation = Organisation;
        Person.LineManagerId = manager?.Id;
        Person.IsContactRole = ContactRole == "yes";
        audit.Record(User, "person.updated", "user", Person.Id.ToString());

        // Entra ID's Champion and DepartmentLead roles are for the person's department: they follow the move.
        foreach (var grant in moved ? Person.Roles.Where(g => g.Source == GrantSource.EntraId && PortalRoles.ScopeOf(g.Role) == RoleScope.Department).ToList() : [])
        {
            grants.Revoke(grant, User);
            grants.Grant(Person, grant.Role, Department, User, GrantSource.EntraId);
        }

        await db.SaveChangesAsync();
        if (moved)
        {
            await sessions.EndAllAsync(Person);
        }

        return Done("Details saved");
    }

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!PortalRoles.TryParse(Role ?? "", out var role))
        {
            Errors.Add(nameof(Role), "Select a role");
            return Page();
        }

        var scope = PortalRoles.ScopeOf(role) switch
        {
            RoleScope.Department => string.IsNullOrEmpty(Scope) ? Person.Department : Scope,
            RoleScope.Organisation => Person.Organisation,
            RoleScope.Team when role == PortalRole.TeamManager => Team,
            _ => null,
        };
        var problem = PortalRoles.ScopeOf(role) switch
        {
            RoleScope.Department when !AdminChoices.IsDepartment(Reference, scope) => (nameof(Scope), "Select the department, or give the person a department first"),
            RoleScope.Organisation when scope is null => (nameof(Role), "Give the person an organisation before making them a partner"),
            RoleScope.Team when role == PortalRole.TeamManager && !(PortalRoles.TryParse(scope ?? "", out var team) && PortalRoles.Teams.Contains(team)) => (nameof(Team), "Select the team they manage"),
            _ => default((string, string)?),
        };
        if (problem is var (field, message))
        {
            Errors.Add(field, message);
            return Page();
        }

        if (Person.Roles.Any(g => g.Role == role && g.Scope == (PortalRoles.Teams.Contains(role) ? role.ToString() : scope)))
        {
            Errors.Add(nameof(Role), "They already have this role");
            return Page();
        }

        grants.Grant(Person, role, scope, User);
        await db.SaveChangesAsync();
        await sessions.EndAllAsync(Person);
        return Done(PortalRoles.IsPrivileged(role) && Person.Kind == AccountKind.Local && !Person.TwoFactorEnabled
            ? "Role given. They will be asked to set up an authenticator app before they can use it."
            : "Role given");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid grantId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var grant = Person.Roles.SingleOrDefault(g => g.Id == grantId);
        if (grant is null || grant.Source == GrantSource.EntraId)
        {
            return NotFound();
        }

        if (grant.Role == PortalRole.Administrator && Person.Id == User.UserId())
        {
            Errors.Add(nameof(Role), "You cannot remove your own Administrator role: ask another administrator");
            return Page();
        }

        grants.Revoke(grant, User);
        await db.SaveChangesAsync();
        await sessions.EndAllAsync(Person);
        return Done("Role removed");
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        if (!await LoadAsync() || Person.Kind != AccountKind.Local || Person.EmailConfirmed)
        {
            return NotFound();
        }

        await invitations.ResendAsync(Person, User);
        return Done($"A new invitation was sent to {Person.Email}");
    }

    public async Task<IActionResult> OnPostResetSecondFactorAsync()
    {
        if (!await LoadAsync() || Person.Kind != AccountKind.Local)
        {
            return NotFound();
        }

        await users.SetTwoFactorEnabledAsync(Person, false);
        await users.ResetAuthenticatorKeyAsync(Person);
        audit.Record(User, "second-factor.reset", "user", Person.Id.ToString());
        await db.SaveChangesAsync();
        await sessions.EndAllAsync(Person);
        return Done("Authenticator app reset. They will set up a new one when they next sign in.");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        audit.Record(User, "sessions.ended", "user", Person.Id.ToString());
        await db.SaveChangesAsync();
        await sessions.EndAllAsync(Person);
        return Done("Signed out on every device");
    }

    private RedirectToPageResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync()
    {
        var person = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == Id);
        if (person is null)
        {
            return false;
        }

        Person = person;
        LineManagerName = person.LineManagerId is { } manager ? await db.Users.Where(u => u.Id == manager).Select(u => u.DisplayName).SingleOrDefaultAsync() : null;
        return true;
    }
}
