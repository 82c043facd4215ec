using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Champions.Resources;

/// <summary>
/// What both resource pages share. The folder's policy lets only champions in; this checks that the champion holds an
/// in-date certificate for the champion course and, when not, answers 403 with a page that says how to unlock them.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class ChampionResourcePageModel(ContentStore content, PortalDbContext db, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    protected ContentSnapshot Snapshot => content.Current;

    /// <summary>Set when the resources are locked: the champion course to complete (null only if none is published).</summary>
    public Course? CourseToComplete { get; private set; }

    public bool Locked { get; private set; }

    /// <returns>Whether the resources are open to this champion; when not, the response is already a 403.</returns>
    protected async Task<bool> UnlockAsync()
    {
        var championCourses = Snapshot.Courses.Where(c => c.Level == CourseLevel.Champion).ToList();
        var slugs = championCourses.Select(c => c.Slug).ToList();
        var userId = User.UserId();
        var held = await db.Set<Certificate>().Where(c => c.UserId == userId && slugs.Contains(c.Course)).AsNoTracking().ToListAsync();
        var resource = new ChampionResourcesResource(held, LondonTime.Today(time));
        if ((await authorization.AuthorizeAsync(User, resource, ResourceAccess.ChampionResources)).Succeeded)
        {
            return true;
        }

        Locked = true;
        CourseToComplete = championCourses.FirstOrDefault();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return false;
    }
}
