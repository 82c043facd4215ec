using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Training.PriorLearning.Review;

/// <summary>The safeguarding lead's queue of prior-learning claims waiting for a decision, oldest first.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db, ContentStore content) : PageModel
{
    public sealed record Waiting(Guid Id, string Learner, string Course, string Provider, DateTimeOffset SubmittedAt);

    public IReadOnlyList<Waiting> Claims { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Claims = await db.Set<PriorLearningClaim>()
            .Where(c => c.Status == ClaimStatus.Pending)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new Waiting(c.Id, u.DisplayName, c.Course, c.Provider, c.SubmittedAt))
            .ToListAsync();
        Claims = [.. Claims.OrderBy(c => c.SubmittedAt).Select(c => c with { Course = content.Current.FindCourse(c.Course)?.Title ?? c.Course })];
    }
}
