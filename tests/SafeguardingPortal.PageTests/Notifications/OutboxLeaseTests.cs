using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// A claimed row's lease is what keeps a second instance's dispatcher off it (architecture.md, Scale-out). Found by
/// bench/two-instances.sh: with a slow email service, a batch claimed at once took longer to send than its lease
/// lasted, the other instance claimed and sent the batch's tail, and the first then sent those rows again.
/// </summary>
public sealed class OutboxLeaseTests(OutboxLeaseTests.RecordingPortal portal) : IClassFixture<OutboxLeaseTests.RecordingPortal>
{
    private RecordingSender Sender => portal.Sender;

    [Fact]
    public async Task Rows_waiting_behind_slow_sends_are_not_sent_again_after_another_dispatcher_took_them()
    {
        var ids = await QueueAsync(3);
        var dispatcher = portal.Services.GetRequiredService<OutboxDispatcher>();
        var lease = portal.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.Lease;

        // Each of this dispatcher's sends takes 60% of the lease, so its third row waits longer than a lease; during
        // its second send, another instance's dispatcher (the same code on the same database) runs.
        var otherInstanceRan = false;
        Sender.OnSend = async _ =>
        {
            if (Sender.Nested)
            {
                return;
            }

            portal.Time.Now += lease * 0.6;
            if (Sender.Sends.Count == 2 && !otherInstanceRan)
            {
                otherInstanceRan = true;
                Sender.Nested = true;
                await dispatcher.DispatchDueAsync(default);
                Sender.Nested = false;
            }
        };

        await dispatcher.DispatchDueAsync(default);

        Assert.True(otherInstanceRan);
        Assert.Equal(ids.Order(), Sender.Sends.Order());
        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
        Assert.All(rows, r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    private async Task<List<Guid>> QueueAsync(int count)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = portal.Time.GetUtcNow();
        var rows = Enumerable.Range(0, count).Select(i => TeamNotifications.Row(now, $"NTS-{i:D4}", queuedAt: now.AddSeconds(i))).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>A test portal whose outbox sends to <see cref="RecordingSender"/>.</summary>
    public sealed class RecordingPortal : PortalFactory
    {
        public RecordingPortal()
        {
            ExtraServices = s => s.AddScoped<IEmailSender>(_ => Sender);

            // One send at a time: the test clock moves on with each send as a slow email service's would.
            Settings["Outbox:SendConcurrency"] = "1";
        }

        public RecordingSender Sender { get; } = new();
    }

    public sealed class RecordingSender : IEmailSender
    {
        public List<Guid> Sends { get; } = [];

        public bool Nested { get; set; }

        public Func<Guid, Task> OnSend { get; set; } = _ => Task.CompletedTask;

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Sends.Add(message.Id);
            await OnSend(message.Id);
        }
    }
}
