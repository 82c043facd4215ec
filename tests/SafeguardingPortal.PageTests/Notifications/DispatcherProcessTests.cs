using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// Dispatchers as separate portal processes on one PostgreSQL database (architecture.md, Scale-out): one killed
/// mid-send loses nothing, and two at once send each row exactly once (FOR UPDATE SKIP LOCKED claims).
/// </summary>
public sealed class DispatcherProcessTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.CreatePostgres();
    private readonly DirectoryInfo keys = Directory.CreateTempSubdirectory("nts-dispatch-");
    private FakeSendGrid fake = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSendGrid.StartAsync();
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        database.Dispose();
        keys.Delete(recursive: true);
    }

    [Fact]
    public async Task A_dispatcher_killed_mid_send_and_restarted_leaves_every_row_sent()
    {
        // Slow enough that the first instance cannot send them all before the kill: its dispatcher starts with the
        // host, before the portal says it is listening, and a slow start once left nothing in flight to kill.
        var ids = await QueueAsync(40);
        await fake.DelayAsync(TimeSpan.FromSeconds(1));
        await using (var first = await PortalProcess.StartAsync(Settings("SG.first")))
        {
            // Killed once sends are under way and the database shows a row claimed: in flight, its send a second long.
            await WaitUntilAsync(async () => (await fake.RequestsAsync()).Count >= 3 && await ClaimedAsync() > 0, () => first.Log);
            await first.KillAsync();
        }

        Assert.True(await ClaimedAsync() > 0, "the kill left no claimed row behind: it came too late to test anything");

        await fake.DelayAsync(TimeSpan.Zero);
        await using var second = await PortalProcess.StartAsync(Settings("SG.second"));
        await WaitUntilAsync(async () => await UnsentAsync() == 0, () => second.Log);

        var accepted = (await fake.RequestsAsync()).Where(r => r.Status == 202).Select(r => r.NotificationId).ToHashSet();
        Assert.Subset(accepted, ids.Select(id => (string?)id.ToString()).ToHashSet());
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_send_each_of_1000_rows_exactly_once()
    {
        await using var first = await PortalProcess.StartAsync(Settings("SG.first"));
        await using var second = await PortalProcess.StartAsync(Settings("SG.second"));

        var ids = await QueueAsync(1000);
        await WaitUntilAsync(async () => await UnsentAsync() == 0, () => first.Log + second.Log);

        var requests = await fake.RequestsAsync();
        var sends = requests.Where(r => r.Status == 202).GroupBy(r => r.NotificationId).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(ids.Select(id => id.ToString()).Order(), sends.Keys.Order());
        Assert.DoesNotContain(sends, s => s.Value > 1);

        // Both really worked, side by side.
        Assert.Equal(["SG.first", "SG.second"], requests.Select(r => r.ApiKey).Distinct().Order());
    }

    private Dictionary<string, string> Settings(string apiKey) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Portal"] = database.ConnectionString,
        ["Database:MigrateOnStartup"] = "false",
        ["Content:Path"] = RepositoryRoot.Combine("content"),
        ["DataProtection:KeyDirectory"] = keys.FullName,
        ["PublicBaseUrl"] = "https://portal.test/",
        ["Email:SendGrid:ApiKey"] = apiKey,
        ["Email:SendGrid:BaseUrl"] = fake.BaseUrl.ToString(),
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:Lease"] = "00:00:02",
    };

    private PostgresPortalDbContext Context() =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(database.ConnectionString).Options);

    private async Task<List<Guid>> QueueAsync(int count)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = Enumerable.Range(0, count).Select(i => TeamNotifications.Row(now, $"NTS-{i:D4}", queuedAt: now.AddMilliseconds(i))).ToList();
        await using var db = Context();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    private async Task<int> ClaimedAsync()
    {
        await using var db = Context();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending && m.LeaseUntil != null);
    }

    private async Task<int> UnsentAsync()
    {
        await using var db = Context();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Sent);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> log)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out; the portal's log:\n{log()}");
            await Task.Delay(100);
        }
    }
}
