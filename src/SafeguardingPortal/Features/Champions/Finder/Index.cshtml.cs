using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// "Who is my safeguarding champion?": every department's champions and local reporting route, searchable by name
/// with a plain GET form, the signed-in person's own department first and open.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(ChampionDirectory directory, ContentStore content, IOptions<ReferenceData> reference, TimeProvider time) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public string? OwnDepartment { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<DirectoryDepartment> Departments { get; private set; } = [];

    public ContactsFile Contacts => reference.Value.Contacts;

    /// <summary>For a trained champion: the code of their public check, to share with colleagues and partners.</summary>
    public string? OwnVerificationCode { get; private set; }

    public async Task OnGetAsync()
    {
        OwnDepartment = User.FindFirstValue(PortalClaims.Department);
        Today = LondonTime.Today(time);
        var shown = DirectoryDepartment.Search(reference.Value.Departments.Departments, Query, OwnDepartment);
        var champions = await directory.ChampionsAsync([.. shown.Select(d => d.Slug)]);
        var routes = content.Current.DepartmentRoutes;
        Departments = [.. shown.Select(d => DirectoryDepartment.Of(d, champions, routes.GetValueOrDefault(d.Slug), Today))];
        if (User.Has(PortalRole.Champion) && User.UserId() is { } userId)
        {
            OwnVerificationCode = await directory.OwnCodeAsync(userId);
        }
    }
}
