using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// A backlog drains in one pass rather than a batch of 50 per poll interval, several messages are in flight at once,
/// and the first retry's wait is configurable (the soak in bench/soak.sh found 10 messages a second the ceiling).
/// </summary>
public sealed class DispatchThroughputTests
{
    [Fact]
    public async Task One_dispatch_sends_the_whole_backlog()
    {
        await using var sendGrid = await SendGridPortal.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await sendGrid.QueueAsync());
        }

        Assert.Equal(60, await sendGrid.Dispatcher.DispatchDueAsync(default));

        foreach (var id in ids)
        {
            Assert.Equal(OutboxStatus.Sent, (await sendGrid.RowAsync(id)).Status);
        }
    }

    [Fact]
    public async Task Messages_are_sent_several_at_once()
    {
        await using var sendGrid = await SendGridPortal.StartAsync();
        sendGrid.Portal.Settings["Outbox:SendConcurrency"] = "4";
        for (var i = 0; i < 4; i++)
        {
            await sendGrid.QueueAsync();
        }

        await sendGrid.Fake.HoldAsync(until: 4);

        Assert.Equal(4, await sendGrid.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(4, (await sendGrid.Fake.RequestsAsync()).Max(r => r.Concurrent));
    }

    [Fact]
    public async Task The_first_retry_waits_the_configured_delay_and_the_next_twice_as_long()
    {
        await using var sendGrid = await SendGridPortal.StartAsync(quickRetries: 1);
        sendGrid.Portal.Settings["Outbox:FirstRetryDelay"] = "00:00:02";
        var id = await sendGrid.QueueAsync();
        await sendGrid.Fake.ScriptAsync([.. Enumerable.Repeat(new ScriptedAnswer(503), 4)]);

        await sendGrid.Dispatcher.DispatchDueAsync(default);
        var first = await sendGrid.RowAsync(id);
        Assert.Equal(sendGrid.Portal.Time.GetUtcNow() + TimeSpan.FromSeconds(2), first.NextAttemptAt);

        sendGrid.Portal.Time.Now = first.NextAttemptAt;
        await sendGrid.Dispatcher.DispatchDueAsync(default);
        Assert.Equal(first.NextAttemptAt + TimeSpan.FromSeconds(4), (await sendGrid.RowAsync(id)).NextAttemptAt);
    }
}
