using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>Builds a department's noticeboard poster for both the poster page and the bare print template.</summary>
public sealed class PosterLoader(ChampionDirectory directory, ContentStore content, IOptions<ReferenceData> reference, PortalLinks links, TimeProvider time)
{
    /// <returns>The poster, or null for a department not in the reference data.</returns>
    public async Task<NoticeboardPoster?> ForAsync(string slug)
    {
        var department = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == slug);
        if (department is null)
        {
            return null;
        }

        var champions = await directory.ChampionsAsync([slug]);
        var entry = DirectoryDepartment.Of(department, champions, content.Current.DepartmentRoutes.GetValueOrDefault(slug), LondonTime.Today(time));
        return NoticeboardPoster.For(entry, reference.Value.Contacts, links.ReportAbsolute(NoticeboardPoster.Source));
    }
}
