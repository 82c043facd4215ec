using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Admin;

/// <summary>The lists admin forms choose from: departments from reference data, roles and teams from the role table.</summary>
public static class AdminChoices
{
    public static IReadOnlyList<ChoiceOption> Departments(ReferenceData reference, string emptyText) =>
        [new("", emptyText), .. reference.Departments.Departments.Select(d => new ChoiceOption(d.Slug, d.Name))];

    public static IReadOnlyList<ChoiceOption> Roles() =>
        [.. PortalRoles.All.Select(r => new ChoiceOption(r.ToString(), RoleNames.Of(r), PortalRoles.IsPrivileged(r) ? "Privileged: local accounts need an authenticator app" : null))];

    public static IReadOnlyList<ChoiceOption> Teams() =>
        [new("", "Choose a team"), .. PortalRoles.Teams.Select(t => new ChoiceOption(t.ToString(), RoleNames.Of(t)))];

    public static bool IsDepartment(ReferenceData reference, string? slug) =>
        slug is not null && reference.Departments.Departments.Any(d => d.Slug == slug);

    public static string? DepartmentName(ReferenceData reference, string? slug) =>
        reference.Departments.Departments.FirstOrDefault(d => d.Slug == slug)?.Name;
}
