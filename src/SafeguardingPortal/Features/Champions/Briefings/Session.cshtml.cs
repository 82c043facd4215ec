using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// One briefing: what was logged, the rotating sign-in code and its QR code while sign-in is open, who signed in,
/// the attendees' feedback once there is enough of it to be anonymous, and change or delete while allowed.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SessionModel(BriefingService briefings, PortalDbContext db, IAuthorizationService authorization, PortalLinks links, IOptions<ReferenceData> reference) : PageModel
{
    public sealed record FeedbackSummary(int Responses, double AverageConfidence, int KnowWhomToContact);

    public Briefing Briefing { get; private set; } = null!;

    public string DepartmentName { get; private set; } = "";

    public IReadOnlyList<string> Facilitators { get; private set; } = [];

    public IReadOnlyList<string> Attendees { get; private set; } = [];

    /// <summary>Null until <see cref="BriefingFeedback.MinimumShown"/> people have answered.</summary>
    public FeedbackSummary? Feedback { get; private set; }

    public int FeedbackResponses { get; private set; }

    public bool SignInOpen { get; private set; }

    public string? Code { get; private set; }

    public string? SignInUrl { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = briefings.Now;
        SignInOpen = now < Briefing.SignInCloses;
        if (SignInOpen)
        {
            Code = AttendanceCodes.For(Briefing.SignInSecret, now);
            var url = links.Absolute($"/briefing?code={Code}");
            SignInUrl = url.AbsoluteUri;
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(url, 6));
        }

        var ids = Briefing.Facilitators.Select(f => f.UserId).Concat(Briefing.Attendees.Select(a => a.UserId)).ToHashSet();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Facilitators = [.. Briefing.Facilitators.Select(f => names.GetValueOrDefault(f.UserId, "A former champion")).Order()];
        Attendees = [.. Briefing.Attendees.OrderBy(a => a.SignedInAt).Select(a => names.GetValueOrDefault(a.UserId, "A former member of staff"))];

        var answers = await db.Set<BriefingFeedback>().Where(f => f.BriefingId == id).Select(f => new { f.Confidence, f.KnowsWhomToContact }).ToListAsync(cancellationToken);
        FeedbackResponses = answers.Count;
        if (answers.Count >= BriefingFeedback.MinimumShown)
        {
            Feedback = new(answers.Count, answers.Average(a => a.Confidence), answers.Count(a => a.KnowsWhomToContact));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        await briefings.DeleteAsync(User, Briefing, cancellationToken);
        return RedirectToPage("Index");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var briefing = await briefings.FindAsync(id, cancellationToken);
        if (briefing is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new DepartmentResource(briefing.Department), ResourceAccess.Department)).Succeeded)
        {
            return Forbid();
        }

        Briefing = briefing;
        DepartmentName = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == briefing.Department)?.Name ?? briefing.Department;
        MayChange = BriefingService.MayChange(User, briefing, briefings.Now);
        return null;
    }
}
