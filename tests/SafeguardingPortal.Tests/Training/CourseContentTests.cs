using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Training;

/// <summary>The three courses of issue 6 as they ship in content/training: each passes the content check's rules.</summary>
public sealed class CourseContentTests
{
    private static readonly ContentSnapshot Content = ContentLoader.Load(RepositoryRoot.Combine("content"));

    public static TheoryData<string, CourseLevel, CourseAudience> Courses => new()
    {
        { "safeguarding-essentials", CourseLevel.Level1, CourseAudience.All },
        { "safeguarding-in-contact-roles", CourseLevel.Level2, CourseAudience.ContactRole },
        { "champion-running-a-briefing", CourseLevel.Champion, CourseAudience.Champions },
    };

    [Theory]
    [MemberData(nameof(Courses))]
    public void Each_course_loads_for_its_audience_with_a_bank_of_thirty_and_a_draw_of_ten(string slug, CourseLevel level, CourseAudience audience)
    {
        var course = Content.FindCourse(slug);

        Assert.NotNull(course);
        Assert.Equal((level, audience), (course.Level, course.Audience));
        Assert.Equal(CourseRules.RequiredDraw, course.Draw);
        Assert.True(course.Questions.Count >= CourseRules.MinimumBank, $"{slug} has {course.Questions.Count} questions");
        Assert.InRange(course.Chapters.Count, 5, 6);
        Assert.Empty(Content.Problems);
    }

    public static TheoryData<string> Slugs => new() { "safeguarding-essentials", "safeguarding-in-contact-roles", "champion-running-a-briefing" };

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_question_sends_the_learner_back_to_a_chapter_of_its_course_and_every_chapter_is_asked_about(string slug)
    {
        var course = Content.FindCourse(slug)!;

        Assert.All(course.Questions, q => Assert.NotNull(course.FindChapter(q.Chapter)));
        Assert.All(course.Chapters, c => Assert.Contains(course.Questions, q => q.Chapter == c.Slug));
    }

    [Theory]
    [InlineData("safeguarding-in-contact-roles")]
    [InlineData("champion-running-a-briefing")]
    public void New_courses_are_drafts_listed_for_the_service_owner(string slug)
    {
        var course = Content.FindCourse(slug)!;

        var drafts = DraftTrainingMaterial.Of(course).ToList();

        Assert.Equal(1 + course.Chapters.Count + course.Questions.Count, drafts.Count);
        Assert.Contains(drafts, d => d.File == $"content/training/{slug}/course.md");
    }
}
