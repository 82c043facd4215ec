using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Alerts;
using SafeguardingPortal.Web.Outbox;
using SafeguardingPortal.Web.Outbox.Events;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>SendGrid's signed event webhook through the real endpoint (security.md §20).</summary>
public sealed class SendGridWebhookTests : IDisposable
{
    private static readonly byte[] KatBody = File.ReadAllBytes(SharedContracts.Path("sendgrid", "webhook-kat", "body.json"));
    private static readonly string KatTimestamp = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "timestamp.txt")).Trim();
    private static readonly string KatSignature = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "signature.b64")).Trim();
    private static readonly string KatKey = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "verification-key.b64")).Trim();

    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task The_known_answer_vector_is_accepted_at_its_time_and_each_event_counted_once()
    {
        UseKey(KatKey, at: DateTimeOffset.FromUnixTimeSeconds(long.Parse(KatTimestamp, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(KatBody, KatTimestamp, KatSignature));
        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(KatBody, KatTimestamp, KatSignature));

        Assert.Equal(["bounce", "deferred", "delivered", "dropped", "processed"], (await EventsAsync()).Order());
    }

    [Fact]
    public async Task Tampered_unsigned_wrongly_signed_or_stale_requests_are_refused_and_record_nothing()
    {
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(KatTimestamp, System.Globalization.CultureInfo.InvariantCulture));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        UseKey(KatKey, at: signedAt);
        var flipped = KatBody.ToArray();
        flipped[10] ^= 0x20;

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(flipped, KatTimestamp, KatSignature));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(KatBody, null, KatSignature));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(KatBody, KatTimestamp, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(KatBody, KatTimestamp, Sign(other, KatTimestamp, KatBody)));
        portal.Time.Now = signedAt.AddMinutes(10);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(KatBody, KatTimestamp, KatSignature));

        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task A_team_mailbox_bouncing_a_notification_raises_an_alert_for_that_team()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        UseKey(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), at: PortalFactory.DefaultNow);
        var notification = await TeamNotificationAsync();

        var body = Encoding.UTF8.GetBytes(new JsonArray(
            new JsonObject { ["sg_event_id"] = "evt-1", ["event"] = "bounce", ["timestamp"] = PortalFactory.DefaultNow.ToUnixTimeSeconds(), ["notification_id"] = notification.Id.ToString(), ["email"] = notification.Recipient },
            new JsonObject { ["sg_event_id"] = "evt-2", ["event"] = "delivered", ["timestamp"] = PortalFactory.DefaultNow.ToUnixTimeSeconds(), ["notification_id"] = Guid.NewGuid().ToString() }).ToJsonString());
        var timestamp = PortalFactory.DefaultNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(body, timestamp, Sign(key, timestamp, body)));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var alert = Assert.Single(await db.Set<Alert>().ToListAsync());
        Assert.Equal((AlertKind.MailboxUndeliverable, "children", notification.Id), (alert.Kind, alert.Team, alert.OutboxMessageId));
        Assert.Equal(notification.Id, (await db.Set<DeliveryEvent>().SingleAsync(e => e.Id == "evt-1")).OutboxMessageId);
        Assert.Null((await db.Set<DeliveryEvent>().SingleAsync(e => e.Id == "evt-2")).OutboxMessageId);

        // The children's team sees it on its inbox; the adults' team does not.
        var children = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(Features.Accounts.PortalRole.ChildrenTeam, "ChildrenTeam")])));
        await children.OpenAsync("/inbox");
        Assert.Contains("mailbox did not accept a notification", children.Page.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
        var adults = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(Features.Accounts.PortalRole.AdultsTeam, "AdultsTeam")])));
        await adults.OpenAsync("/inbox");
        Assert.Null(adults.Page.QuerySelector("#alerts"));
    }

    [Fact]
    public async Task Without_a_verification_key_there_is_no_webhook() =>
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(KatBody, KatTimestamp, KatSignature));

    private void UseKey(string key, DateTimeOffset at)
    {
        portal.Settings["Email:SendGrid:WebhookVerificationKey"] = key;
        portal.Time.Now = at;
    }

    private async Task<HttpStatusCode> PostAsync(byte[] body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SendGridWebhook.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (timestamp is not null)
        {
            request.Headers.Add(SendGridWebhook.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(SendGridWebhook.SignatureHeader, signature);
        }

        using var response = await portal.CreateBrowserlessClient().SendAsync(request);
        return response.StatusCode;
    }

    private static string Sign(ECDsa key, string timestamp, byte[] body) =>
        Convert.ToBase64String(key.SignData([.. Encoding.ASCII.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private async Task<OutboxMessage> TeamNotificationAsync()
    {
        var body = Scenario.All.Single(s => s.Id == "S02").Request.DeepClone().AsObject();
        body["description"] = "A child is left alone and hungry every evening, the neighbour says.";
        using var response = await portal.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/concerns", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().FirstAsync(m => m.Kind == "team-notification");
    }

    private async Task<List<string>> EventsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<DeliveryEvent>().Select(e => e.Event).ToListAsync();
    }
}
