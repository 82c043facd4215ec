using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>The refresher test-out: open from 60 days before the due day, a fail sends the learner to the chapters, a pass renews and stops the reminders.</summary>
[Collection(SharedPortal.Name)]
public sealed class TestOutPageTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";

    private Course Course => portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(Essentials)!;

    [Fact]
    public async Task A_learner_due_for_a_refresher_tests_out_failing_to_the_chapters_then_passing_to_a_new_certificate()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        var now = portal.Time.Now;
        try
        {
            await journey.OpenAsync($"/training/{Essentials}/check");
            await journey.AnswerAsync([.. Answers(Drawn(journey), right: 10)]);
            Assert.Equal("You passed", journey.Heading);
            var due = now.AddYears(3);

            // 61 days before the due day: not yet.
            portal.Time.Now = due.AddDays(-61);
            await journey.OpenAsync("/training");
            Assert.Null(journey.Page.QuerySelector($"#course-{Essentials} [data-test-out]"));
            await journey.OpenAsync($"/training/{Essentials}/test-out");
            Assert.Equal(404, (int)journey.Status);

            // 60 days before: /training says so, and the test-out is the same check with a fresh draw.
            portal.Time.Now = due.AddDays(-60);
            Assert.Equal(1, await RemindAsync(learner));
            await journey.OpenAsync("/training");
            Assert.Equal("Refresher due", journey.Page.QuerySelector($"#course-{Essentials} [data-status]")!.TextContent.Trim());
            var offer = journey.Page.QuerySelector($"#course-{Essentials} [data-test-out]")!;
            Assert.Contains("You can test out", offer.TextContent, StringComparison.Ordinal);
            await journey.OpenAsync(offer.QuerySelector("a")!.GetAttribute("href")!);
            Assert.Equal("Refresher test-out", journey.Heading);
            var first = Drawn(journey);
            Assert.Equal(Course.Draw, first.Count);

            // 70% fails the 80% pass mark: back to the chapters, with the way to try again.
            await journey.AnswerAsync([.. Answers(first, right: 7)]);
            Assert.Equal($"/training/{Essentials}/{Course.Chapters[0].Slug}", journey.Path);
            Assert.Contains("You scored 70%", journey.Page.QuerySelector("#test-out-failed")!.TextContent, StringComparison.Ordinal);

            await journey.OpenAsync($"/training/{Essentials}/test-out");
            var second = Drawn(journey);
            Assert.Empty(second.Select(q => q.Id).Intersect(first.Select(q => q.Id)));
            await journey.AnswerAsync([.. Answers(second, right: 8)]);
            Assert.Equal("You passed", journey.Heading);
            await journey.OpenAsync(journey.Page.QuerySelector("#certificate-link")!.GetAttribute("href")!);
            var renewed = journey.Page.QuerySelector("#certificate")!.TextContent;
            var today = LondonTime.Date(portal.Time.Now);
            Assert.Contains(today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), renewed, StringComparison.Ordinal);
            Assert.Contains(today.AddYears(3).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), renewed, StringComparison.Ordinal);

            // Renewed: no test-out offered, and the old certificate's remaining reminders never go.
            await journey.OpenAsync("/training");
            Assert.Null(journey.Page.QuerySelector($"#course-{Essentials} [data-test-out]"));
            Assert.Equal(2, journey.Page.QuerySelectorAll("#certificates tbody tr").Length);
            portal.Time.Now = due.AddDays(14);
            Assert.Equal(1, await RemindAsync(learner));
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    [Fact]
    public async Task An_expired_certificate_can_still_be_tested_out_but_a_learner_who_never_passed_cannot()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        await journey.OpenAsync($"/training/{Essentials}/test-out");
        Assert.Equal(404, (int)journey.Status);

        var now = portal.Time.Now;
        try
        {
            await journey.OpenAsync($"/training/{Essentials}/check");
            await journey.AnswerAsync([.. Answers(Drawn(journey), right: 10)]);
            portal.Time.Now = now.AddYears(4);
            await journey.OpenAsync("/training");
            Assert.Contains("ran out", journey.Page.QuerySelector($"#course-{Essentials} [data-test-out]")!.TextContent, StringComparison.Ordinal);
            await journey.OpenAsync($"/training/{Essentials}/test-out");
            Assert.Equal(200, (int)journey.Status);
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    /// <summary>Runs the reminder job and counts the reminders the learner has been sent so far.</summary>
    private async Task<int> RemindAsync(PortalUser learner)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RefresherReminders>().RunAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Kind == RefresherReminders.Kind && m.Recipient == learner.Email);
    }

    private List<Question> Drawn(JourneyClient journey) =>
    [
        .. journey.Page.QuerySelectorAll("main fieldset input")
            .Select(i => i.GetAttribute("name")!["answer-".Length..])
            .Distinct()
            .Select(id => Course.Questions.Single(q => q.Id == id)),
    ];

    private static IEnumerable<(string Name, string Value)> Answers(IReadOnlyList<Question> questions, int right) =>
        questions.SelectMany((q, i) => (i < right ? q.CorrectOptions.Order() : Enumerable.Repeat(WrongOption(q), 1))
            .Select(option => (CheckModel.FieldName(q), option.ToString(CultureInfo.InvariantCulture))));

    private static int WrongOption(Question question) => Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectOptions.Contains(i));
}
