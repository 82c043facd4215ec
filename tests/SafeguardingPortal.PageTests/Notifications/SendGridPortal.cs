using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;
using SafeguardingPortal.Web.Outbox.SendGrid;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>A test portal whose outbox sends through SendGrid, at the fake on loopback, with quick retries kept short.</summary>
public sealed class SendGridPortal : IAsyncDisposable
{
    private SendGridPortal(FakeSendGrid fake, PortalFactory portal)
    {
        Fake = fake;
        Portal = portal;
    }

    public FakeSendGrid Fake { get; }

    public PortalFactory Portal { get; }

    public OutboxDispatcher Dispatcher => Portal.Services.GetRequiredService<OutboxDispatcher>();

    public static async Task<SendGridPortal> StartAsync(int quickRetries = 3)
    {
        var fake = await FakeSendGrid.StartAsync();

        // The factory registers the .eml sender for every test; these hosts send through SendGrid instead.
        var portal = new PortalFactory { ExtraServices = s => s.AddScoped<IEmailSender>(sp => sp.GetRequiredService<SendGridSender>()) };
        portal.Settings["Email:SendGrid:ApiKey"] = "SG.test-key";
        portal.Settings["Email:SendGrid:BaseUrl"] = fake.BaseUrl.ToString();
        portal.Settings["Email:SendGrid:QuickRetries"] = quickRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        portal.Settings["Email:SendGrid:QuickRetryDelay"] = "00:00:00.050";
        return new SendGridPortal(fake, portal);
    }

    /// <summary>Queues one team notification straight into the outbox, as ConcernService would.</summary>
    public async Task<Guid> QueueAsync(string? recipient = "children.duty@cityoflondon.gov.uk", string team = "children")
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var message = TeamNotifications.Row(Portal.Time.GetUtcNow(), recipient: recipient, team: team);
        db.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    public async Task<List<T>> AllAsync<T>()
        where T : class
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<T>().AsNoTracking().ToListAsync();
    }

    public async Task<OutboxMessage> RowAsync(Guid id) => (await AllAsync<OutboxMessage>()).Single(m => m.Id == id);

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
