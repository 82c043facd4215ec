using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Alerts;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// security.md §19: 429 waits for SendGrid's reset time and 5xx is retried; a refusal is not retried but ends the row
/// Failed with an alert, shown to administrators, who can send it again; twenty failing attempts take about a day.
/// </summary>
public sealed class DeliveryFailureTests : IAsyncLifetime
{
    private SendGridPortal sendGrid = null!;

    public async Task InitializeAsync() => sendGrid = await SendGridPortal.StartAsync();

    public async Task DisposeAsync() => await sendGrid.DisposeAsync();

    [Fact]
    public async Task A_429_is_retried_after_its_reset_time_and_a_503_after_a_backoff_within_one_attempt()
    {
        var id = await sendGrid.QueueAsync();
        await sendGrid.Fake.ScriptAsync(new ScriptedAnswer(429, ResetSeconds: 1), new ScriptedAnswer(503));

        Assert.Equal(1, await sendGrid.Dispatcher.DispatchDueAsync(default));

        var requests = await sendGrid.Fake.RequestsAsync();
        Assert.Equal([429, 503, 202], requests.Select(r => r.Status));
        Assert.All(requests, r => Assert.Equal(id.ToString(), r.NotificationId));

        // The fake names the whole second after the next one; the retry must not come before it.
        var reset = ((requests[0].At + 999) / 1000 + 1) * 1000;
        Assert.True(requests[1].At >= reset - 50, $"retried {reset - requests[1].At} ms before X-RateLimit-Reset");
        var row = await sendGrid.RowAsync(id);
        Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(413)]
    public async Task A_refusal_is_not_retried_but_alerts_is_listed_for_administrators_and_can_be_resent(int status)
    {
        var id = await sendGrid.QueueAsync();
        await sendGrid.Fake.ScriptAsync(new ScriptedAnswer(status));

        Assert.Equal(0, await sendGrid.Dispatcher.DispatchDueAsync(default));
        await sendGrid.Dispatcher.DispatchDueAsync(default);

        Assert.Single(await sendGrid.Fake.RequestsAsync());
        var row = await sendGrid.RowAsync(id);
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        var alert = Assert.Single(await sendGrid.AllAsync<Alert>());
        Assert.Equal((AlertKind.NotificationFailed, "children", id), (alert.Kind, alert.Team, alert.OutboxMessageId));
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cityoflondon", alert.Message, StringComparison.Ordinal);

        var admin = await TestUsers.CreateAsync(sendGrid.Portal, roles: [(PortalRole.Administrator, null)]);
        var page = new JourneyClient(sendGrid.Portal.ClientFor(admin));
        await page.OpenAsync("/admin/notifications");
        Assert.Contains("team-notification", page.Page.QuerySelector("#failed-notifications")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(alert.Message, page.Page.QuerySelector("#failed-notifications")!.TextContent, StringComparison.Ordinal);

        await page.PressAsync("Resend");

        Assert.Equal("Notification queued to send again", page.Page.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.NotNull(page.Page.QuerySelector("#no-failures"));
        row = await sendGrid.RowAsync(id);
        Assert.Equal((OutboxStatus.Pending, 0), (row.Status, row.Attempts));
        alert = Assert.Single(await sendGrid.AllAsync<Alert>());
        Assert.Equal(admin.Id, alert.ResolvedBy);
        Assert.Single(await sendGrid.AllAsync<AuditEvent>(), e => e.Action == "notification.resent" && e.SubjectId == id.ToString() && e.ActorId == admin.Id);

        Assert.Equal(1, await sendGrid.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(OutboxStatus.Sent, (await sendGrid.RowAsync(id)).Status);
    }

    [Fact]
    public async Task A_notification_with_no_mailbox_fails_at_once_with_a_no_mailbox_alert()
    {
        var id = await sendGrid.QueueAsync(recipient: null, team: "adults");

        await sendGrid.Dispatcher.DispatchDueAsync(default);

        Assert.Empty(await sendGrid.Fake.RequestsAsync());
        Assert.Equal(OutboxStatus.Failed, (await sendGrid.RowAsync(id)).Status);
        var alert = Assert.Single(await sendGrid.AllAsync<Alert>());
        Assert.Equal((AlertKind.NoMailbox, "adults", id), (alert.Kind, alert.Team, alert.OutboxMessageId));
    }

    [Fact]
    public async Task Twenty_failing_attempts_span_about_a_day_and_then_the_row_fails_with_an_alert()
    {
        await using var quick = await SendGridPortal.StartAsync(quickRetries: 1);
        var id = await quick.QueueAsync();
        var first = quick.Portal.Time.GetUtcNow();
        await quick.Fake.ScriptAsync([.. Enumerable.Repeat(new ScriptedAnswer(503), 40)]);

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var row = await quick.RowAsync(id);
            Assert.Equal(OutboxStatus.Pending, row.Status);
            quick.Portal.Time.Now = row.NextAttemptAt;
            await quick.Dispatcher.DispatchDueAsync(default);
        }

        var failed = await quick.RowAsync(id);
        Assert.Equal((OutboxStatus.Failed, 20, "HTTP 503, after 20 attempts"), (failed.Status, failed.Attempts, failed.LastError));
        var span = quick.Portal.Time.GetUtcNow() - first;
        Assert.InRange(span, TimeSpan.FromHours(22), TimeSpan.FromHours(26));
        Assert.Equal(40, (await quick.Fake.RequestsAsync()).Count);
        Assert.Equal(AlertKind.NotificationFailed, Assert.Single(await quick.AllAsync<Alert>()).Kind);
    }
}
