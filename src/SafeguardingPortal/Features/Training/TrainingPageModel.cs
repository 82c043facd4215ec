using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training;

/// <summary>What every training page shares: the signed-in learner and which courses they may take.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class TrainingPageModel(ContentStore content, PortalDbContext db) : PageModel
{
    protected PortalDbContext Db => db;

    protected Guid UserId => User.UserId() ?? throw new InvalidOperationException("Training pages need a signed-in user");

    /// <summary>Level 1 for everyone; Level 2 for people with the contact-role flag; the champion course for champions.</summary>
    protected async Task<IReadOnlyList<Course>> CoursesForLearnerAsync()
    {
        var userId = UserId;
        var isContactRole = await db.Users.Where(u => u.Id == userId).Select(u => u.IsContactRole).SingleOrDefaultAsync();
        return [.. content.Current.Courses.Where(c => c.Audience switch
        {
            CourseAudience.All => true,
            CourseAudience.ContactRole => isContactRole,
            _ => User.Has(PortalRole.Champion),
        })];
    }

    /// <summary>The course if this learner may take it; null (a 404, not a 403, so courses are not probed) otherwise.</summary>
    protected async Task<Course?> FindCourseAsync(string slug) =>
        (await CoursesForLearnerAsync()).FirstOrDefault(c => c.Slug == slug);
}
