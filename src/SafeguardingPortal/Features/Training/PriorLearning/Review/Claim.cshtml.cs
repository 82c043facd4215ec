using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Training.PriorLearning.Review;

/// <summary>
/// One claim for the safeguarding lead: the details, the evidence (each opening audited), and the decision — approve
/// with a level and expiry date, which issues a certificate, or reject with a reason the learner sees.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ClaimModel(PortalDbContext db, ContentStore content, PriorLearningService priorLearning, TimeProvider time) : PageModel
{
    public PriorLearningClaim Claim { get; private set; } = null!;

    public Course Course { get; private set; } = null!;

    public PortalUser Learner { get; private set; } = null!;

    public string? RejectionReason { get; private set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty(Name = "ExpiresOn-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "ExpiresOn-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "ExpiresOn-year")]
    public string? Year { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<FormField> ApproveFields =>
    [
        new ChoiceField(nameof(Level), "Level", [.. Enum.GetValues<CourseLevel>().Select(l => new ChoiceOption(Course.NameOf(l), Course.NameOf(l)))], Level is null ? [] : [Level]),
        new DateField("ExpiresOn", "Refresher due", Day, Month, Year) { Hint = $"The day it stops counting. Online completion lasts {Course.ValidityYears} years" },
    ];

    public IReadOnlyList<FormField> RejectFields => [new TextareaField(nameof(Reason), "Why is it not accepted?", Reason, 500) { Rows = 4, Hint = "The learner sees this when they sign in. It is not put in the email" }];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        SuggestApproval();
        return Page();
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        var evidence = await priorLearning.OpenEvidenceAsync(Claim, User);

        // A download, never shown inline: the file is the uploader's, so it must not run as part of the portal.
        return File(evidence, Claim.EvidenceContentType, $"prior-learning-{Claim.Id:N}.{EvidenceFiles.ExtensionFor(Claim.EvidenceContentType)}");
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        if (Claim.Status != ClaimStatus.Pending)
        {
            return RedirectToPage();
        }

        if (!Enum.GetValues<CourseLevel>().Any(l => Course.NameOf(l) == Level))
        {
            Errors.Add(nameof(Level), "Select the level the training counts as");
        }

        var expiresOn = DateInputs.Parse(Year, Month, Day);
        if (expiresOn is null)
        {
            Errors.Add("ExpiresOn", "Enter the date the refresher is due as a real date, like 27 3 2029");
        }
        else if (expiresOn <= LondonTime.Today(time))
        {
            Errors.Add("ExpiresOn", "The date the refresher is due must be in the future");
        }
        else if (expiresOn > Refreshers.Due(Claim.CompletedOn, Course.ValidityYears))
        {
            Errors.Add("ExpiresOn", $"The date the refresher is due must be no more than {Course.ValidityYears} years after the training was completed");
        }

        if (Errors.Any)
        {
            return Page();
        }

        await priorLearning.ApproveAsync(Claim, Course, Level!, expiresOn!.Value, User);
        TempData["Notice"] = $"Accepted: {Learner.DisplayName} has a certificate for {Course.Title}";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        if (Claim.Status != ClaimStatus.Pending)
        {
            return RedirectToPage();
        }

        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason) || Reason.Length > 500)
        {
            Errors.Add(nameof(Reason), "Enter why it is not accepted, in 500 characters or fewer");
            SuggestApproval();
            return Page();
        }

        await priorLearning.RejectAsync(Claim, Course, Reason, User);
        TempData["Notice"] = $"Not accepted: {Learner.DisplayName} has been told";
        return RedirectToPage("Index");
    }

    /// <summary>The approval form's suggested answers: the course's own level, and the expiry an online completion on that date would have.</summary>
    private void SuggestApproval()
    {
        Level = Course.LevelName;
        var due = Refreshers.Due(Claim.CompletedOn, Course.ValidityYears);
        (Day, Month, Year) = (due.Day.ToString(CultureInfo.InvariantCulture), due.Month.ToString(CultureInfo.InvariantCulture), due.Year.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<bool> FindAsync(Guid id)
    {
        var claim = await db.Set<PriorLearningClaim>().SingleOrDefaultAsync(c => c.Id == id);
        var course = claim is null ? null : content.Current.FindCourse(claim.Course);
        if (claim is null || course is null)
        {
            return false;
        }

        (Claim, Course) = (claim, course);
        Learner = await db.Users.AsNoTracking().SingleAsync(u => u.Id == claim.UserId);
        RejectionReason = priorLearning.RejectionReason(claim);
        return true;
    }
}
