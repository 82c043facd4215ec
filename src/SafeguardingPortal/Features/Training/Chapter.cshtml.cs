using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Training;

/// <summary>One chapter, with the reporting route from the reference data under it; continuing marks it read.</summary>
public sealed class ChapterModel(ContentStore content, PortalDbContext db, TrainingService training, IOptions<ReferenceData> reference)
    : TrainingPageModel(content, db)
{
    public Course Course { get; private set; } = null!;

    public Chapter Chapter { get; private set; } = null!;

    public ContactsFile Contacts => reference.Value.Contacts;

    public int Position => Course.Chapters.ToList().IndexOf(Chapter) + 1;

    public async Task<IActionResult> OnGetAsync(string course, string chapter) =>
        await FindAsync(course, chapter) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string course, string chapter)
    {
        if (!await FindAsync(course, chapter))
        {
            return NotFound();
        }

        await training.MarkReadAsync(UserId, Course, Chapter);
        var next = Course.Chapters.SkipWhile(c => c != Chapter).Skip(1).FirstOrDefault();
        return Redirect(next is null ? $"/training/{Course.Slug}/check" : $"/training/{Course.Slug}/{next.Slug}");
    }

    private async Task<bool> FindAsync(string course, string chapter)
    {
        var found = await FindCourseAsync(course);
        var shown = found?.FindChapter(chapter);
        if (found is null || shown is null)
        {
            return false;
        }

        (Course, Chapter) = (found, shown);
        return true;
    }
}
