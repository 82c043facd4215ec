using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Training.PriorLearning;

/// <summary>
/// A learner sends evidence of equivalent training done elsewhere, and sees what became of what they sent. A plain
/// multipart form, so it works without JavaScript; the file's type is read from its bytes.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class IndexModel(ContentStore content, PortalDbContext db, PriorLearningService priorLearning, TimeProvider time) : TrainingPageModel(content, db)
{
    /// <summary>
    /// Room for a photo or scan a few times over the limit, so the usual oversized file gets an error message on the
    /// form rather than a bare 413; the form buffers large files to disk, and only files within the limit are read.
    /// </summary>
    private const long RequestLimit = 4 * EvidenceFiles.MaxBytes;

    [BindProperty]
    public string? Course { get; set; }

    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty(Name = "CompletedOn-day")]
    public string? Day { get; set; }

    [BindProperty(Name = "CompletedOn-month")]
    public string? Month { get; set; }

    [BindProperty(Name = "CompletedOn-year")]
    public string? Year { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public sealed record SentClaim(PriorLearningClaim Claim, string CourseTitle, string? RejectionReason);

    public IReadOnlyList<SentClaim> Claims { get; private set; } = [];

    public IEnumerable<FormField> Fields =>
    [
        new SelectField(nameof(Course), "Which course does it replace?", [new("", "Choose a course"), .. Courses.Select(c => new ChoiceOption(c.Slug, $"{c.Title} ({c.LevelName})"))], Course),
        new TextField(nameof(Provider), "Who provided the training?", Provider) { Hint = "For example, your previous employer or a training company", Autocomplete = "organization" },
        new DateField("CompletedOn", "When did you complete it?", Day, Month, Year) { Hint = "For example, 27 3 2026" },
    ];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Provider = Provider?.Trim();
        var course = Courses.FirstOrDefault(c => c.Slug == Course);
        if (course is null)
        {
            Errors.Add(nameof(Course), "Select the course your training replaces");
        }

        if (string.IsNullOrEmpty(Provider) || Provider.Length > 200)
        {
            Errors.Add(nameof(Provider), "Enter who provided the training, in 200 characters or fewer");
        }

        var completedOn = DateInputs.Parse(Year, Month, Day);
        if (completedOn is null)
        {
            Errors.Add("CompletedOn", "Enter the date you completed the training as a real date, like 27 3 2026");
        }
        else if (completedOn > LondonTime.Today(time))
        {
            Errors.Add("CompletedOn", "The date you completed the training must be today or in the past");
        }

        var (contentType, evidence) = await ReadEvidenceAsync();
        if (Errors.Any)
        {
            return Page();
        }

        await priorLearning.SubmitAsync(UserId, course!, Provider!, completedOn!.Value, contentType!, evidence!);
        TempData["Notice"] = "Your evidence has been sent. A safeguarding lead will check it, and you will get an email when they have decided.";
        return RedirectToPage();
    }

    private async Task<(string? ContentType, byte[]? Bytes)> ReadEvidenceAsync()
    {
        if (Evidence is null || Evidence.Length == 0)
        {
            Errors.Add(nameof(Evidence), "Select your certificate or other evidence");
            return (null, null);
        }

        if (Evidence.Length > EvidenceFiles.MaxBytes)
        {
            Errors.Add(nameof(Evidence), "The selected file must be smaller than 5 MB");
            return (null, null);
        }

        using var buffer = new MemoryStream((int)Evidence.Length);
        await Evidence.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var contentType = EvidenceFiles.ContentTypeOf(bytes);
        if (contentType is null)
        {
            Errors.Add(nameof(Evidence), "The selected file must be a PDF, PNG or JPG");
            return (null, null);
        }

        return (contentType, bytes);
    }

    private async Task LoadAsync()
    {
        Courses = await CoursesForLearnerAsync();
        var userId = UserId;
        var claims = await Db.Set<PriorLearningClaim>().Where(c => c.UserId == userId).OrderByDescending(c => c.SubmittedAt).AsNoTracking().ToListAsync();
        Claims = [.. claims.Select(c => new SentClaim(c, Courses.FirstOrDefault(course => course.Slug == c.Course)?.Title ?? c.Course, priorLearning.RejectionReason(c)))];
    }
}
