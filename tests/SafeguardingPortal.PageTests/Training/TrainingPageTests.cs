using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>The Level 1 course over HTTP: chapters that resume anywhere, and a knowledge check that keeps its answers on the server.</summary>
[Collection(SharedPortal.Name)]
public sealed class TrainingPageTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";

    private Course Course => portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(Essentials)!;

    [Fact]
    public async Task Chapters_read_are_saved_and_resume_on_another_device()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var laptop = new JourneyClient(portal.ClientFor(learner));

        await laptop.OpenAsync("/training");
        Assert.Equal("Not started", laptop.Page.QuerySelector($"#course-{Essentials} [data-status]")!.TextContent.Trim());
        await laptop.OpenAsync(laptop.Page.QuerySelector($"#course-{Essentials} [data-continue]")!.GetAttribute("href")!);
        Assert.Equal($"/training/{Essentials}/{Course.Chapters[0].Slug}", laptop.Path);
        Assert.Contains("999", laptop.Page.QuerySelector("#reporting-route")!.TextContent, StringComparison.Ordinal);
        await laptop.ContinueAsync();
        await laptop.ContinueAsync();
        Assert.Equal($"/training/{Essentials}/{Course.Chapters[2].Slug}", laptop.Path);

        // Another device, another session: the course picks up at the third chapter.
        var phone = new JourneyClient(portal.ClientFor(learner));
        await phone.OpenAsync("/training");
        Assert.Equal("In progress", phone.Page.QuerySelector($"#course-{Essentials} [data-status]")!.TextContent.Trim());
        var resume = phone.Page.QuerySelector($"#course-{Essentials} [data-continue]")!;
        Assert.Equal($"/training/{Essentials}/{Course.Chapters[2].Slug}", resume.GetAttribute("href"));
        Assert.Contains(Course.Chapters[2].Title, resume.TextContent, StringComparison.Ordinal);

        // Reading the last chapter leads to the check.
        for (var i = 2; i < Course.Chapters.Count; i++)
        {
            await phone.OpenAsync($"/training/{Essentials}/{Course.Chapters[i].Slug}");
            await phone.ContinueAsync();
        }

        Assert.Equal($"/training/{Essentials}/check", phone.Path);
        await phone.OpenAsync("/training");
        Assert.Equal("Ready for the knowledge check", phone.Page.QuerySelector($"#course-{Essentials} [data-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_check_keeps_its_answers_on_the_server_and_a_fail_is_followed_by_a_different_draw_and_a_pass()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));

        await journey.OpenAsync($"/training/{Essentials}/check");
        var first = DrawnQuestions(journey);
        Assert.Equal(10, first.Count);
        var html = journey.Page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("correct", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(first.SelectMany(q => q.Options), o => Assert.DoesNotContain(o.Feedback, html, StringComparison.Ordinal));

        // Opening the check again (a second tab) shows the same stored draw, not a new one.
        await journey.OpenAsync($"/training/{Essentials}/check");
        Assert.Equal(first.Select(q => q.Id), DrawnQuestions(journey).Select(q => q.Id));

        await journey.AnswerAsync([.. Answers(first, right: 7)]);
        Assert.StartsWith($"/training/{Essentials}/result/", journey.Path, StringComparison.Ordinal);
        Assert.Equal("70%", journey.Page.QuerySelector("#score")!.TextContent);
        Assert.Equal(3, journey.Page.QuerySelectorAll("[data-correct=false]").Length);
        var wrong = journey.Page.QuerySelectorAll("[data-question]").First(e => e.QuerySelector("[data-correct=false]") is not null);
        var wrongQuestion = first.Single(q => q.Id == wrong.GetAttribute("data-question"));
        Assert.Contains(wrongQuestion.Options[WrongOption(wrongQuestion)].Feedback, wrong.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/training/{Essentials}/{wrongQuestion.Chapter}", wrong.QuerySelector("a")!.GetAttribute("href"));
        var failed = journey.Path;

        await journey.OpenAsync(journey.Page.QuerySelector("#try-again")!.GetAttribute("href")!);
        var second = DrawnQuestions(journey);
        Assert.Empty(second.Select(q => q.Id).Intersect(first.Select(q => q.Id)));
        await journey.AnswerAsync([.. Answers(second, right: 8)]);
        Assert.Equal("You passed", journey.Heading);
        Assert.Equal("80%", journey.Page.QuerySelector("#score")!.TextContent);

        await journey.OpenAsync("/training");
        Assert.Equal("Passed", journey.Page.QuerySelector($"#course-{Essentials} [data-status]")!.TextContent.Trim());

        // A result is the learner's own.
        var other = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)])));
        await other.OpenAsync(failed);
        Assert.Equal(404, (int)other.Status);
    }

    private List<Question> DrawnQuestions(JourneyClient journey) =>
    [
        .. journey.Page.QuerySelectorAll("main fieldset input")
            .Select(i => i.GetAttribute("name")!["answer-".Length..])
            .Distinct()
            .Select(id => Course.Questions.Single(q => q.Id == id)),
    ];

    /// <summary>The first <paramref name="right"/> questions answered right, the rest with a wrong option.</summary>
    private static IEnumerable<(string Name, string Value)> Answers(IReadOnlyList<Question> questions, int right) =>
        questions.SelectMany((q, i) => (i < right ? q.CorrectOptions.Order() : Enumerable.Repeat(WrongOption(q), 1))
            .Select(option => (CheckModel.FieldName(q), option.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static int WrongOption(Question question) => Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectOptions.Contains(i));
}
