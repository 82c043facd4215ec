using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>Refresher reminders as outbox rows: 60 and 30 days before, on the day and 14 days overdue, each exactly once; a renewal stops them.</summary>
[Collection(SharedPortal.Name)]
public sealed class RefresherReminderTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";

    [Fact]
    public async Task Reminders_are_written_once_each_on_their_days_and_stop_when_the_course_is_done_again()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var other = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var now = portal.Time.Now;
        try
        {
            await PassAsync(learner);
            await PassAsync(other);
            var due = now.AddYears(3);

            portal.Time.Now = due.AddDays(-61);
            await RunTwiceAsync();
            Assert.Empty(await RemindersToAsync(learner));

            portal.Time.Now = due.AddDays(-60);
            await RunTwiceAsync();
            Assert.Single(await RemindersToAsync(learner));

            portal.Time.Now = due.AddDays(-30);
            await RunTwiceAsync();
            Assert.Equal(2, (await RemindersToAsync(learner)).Count);

            // The other learner renews 20 days before the due day: no more reminders for them.
            portal.Time.Now = due.AddDays(-20);
            await PassAsync(other);

            portal.Time.Now = due;
            await RunTwiceAsync();
            portal.Time.Now = due.AddDays(14);
            await RunTwiceAsync();
            portal.Time.Now = due.AddDays(100);
            await RunTwiceAsync();

            var sent = await RemindersToAsync(learner);
            Assert.Equal(4, sent.Count);
            Assert.Equal(1, sent.Count(m => m.Subject.EndsWith("has expired", StringComparison.Ordinal)));
            Assert.Equal(1, sent.Count(m => m.Subject.EndsWith("today", StringComparison.Ordinal)));
            Assert.Contains("https://portal.test/training", sent[0].TextBody, StringComparison.Ordinal);
            Assert.Equal(2, (await RemindersToAsync(other)).Count);
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    private async Task RunTwiceAsync()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RefresherReminders>().RunAsync(CancellationToken.None);
        }
    }

    private async Task<List<OutboxMessage>> RemindersToAsync(PortalUser user)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<OutboxMessage>().Where(m => m.Kind == RefresherReminders.Kind && m.Recipient == user.Email).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private async Task PassAsync(PortalUser user)
    {
        var course = portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(Essentials)!;
        var journey = new JourneyClient(portal.ClientFor(user));
        await journey.OpenAsync($"/training/{Essentials}/check");
        var drawn = journey.Page.QuerySelectorAll("main fieldset input")
            .Select(i => i.GetAttribute("name")!["answer-".Length..])
            .Distinct()
            .Select(id => course.Questions.Single(q => q.Id == id));
        await journey.AnswerAsync([.. drawn.SelectMany(q => q.CorrectOptions.Select(o => (CheckModel.FieldName(q), o.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        Assert.Equal("You passed", journey.Heading);
    }
}
