using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>
/// Reports submitted through the API reach SendGrid (the loopback fake, which rejects any body its contract does not
/// allow) as emails that say where to look and nothing about the concern (security.md §16, §18).
/// </summary>
public sealed class SendGridDeliveryTests : IAsyncLifetime
{
    private const string Sentinel = "Zephyrine Quillfeather";
    private const string TeamMailbox = "children.duty@cityoflondon.gov.uk";
    private SendGridPortal sendGrid = null!;

    public async Task InitializeAsync() => sendGrid = await SendGridPortal.StartAsync();

    public async Task DisposeAsync() => await sendGrid.DisposeAsync();

    [Fact]
    public async Task The_team_email_is_valid_untracked_tagged_with_its_row_and_free_of_the_concerns_details()
    {
        var reference = await SubmitAsync(new JsonObject { ["name"] = Sentinel, ["email"] = "zephyrine@example.org", ["phone"] = "020 7946 0001" });

        Assert.Equal(2, await sendGrid.Dispatcher.DispatchDueAsync(default));

        var accepted = await sendGrid.Fake.AcceptedAsync();
        Assert.True(accepted.Count == 2, sendGrid.Fake.Log);
        var team = accepted.Single(b => To(b) == TeamMailbox);
        var row = (await sendGrid.AllAsync<OutboxMessage>()).Single(m => m.Recipient == TeamMailbox);
        Assert.Equal(row.Id.ToString(), (string?)team["custom_args"]!["notification_id"]);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.False((bool)team["tracking_settings"]!["click_tracking"]!["enable"]!);
        Assert.False((bool)team["tracking_settings"]!["open_tracking"]!["enable"]!);

        var (text, html) = (Content(team, "text/plain"), Content(team, "text/html"));
        foreach (var part in new[] { text, html })
        {
            Assert.Contains(reference, part, StringComparison.Ordinal);
            Assert.Contains("P2", part, StringComparison.Ordinal);
            Assert.Contains("Decide by", part, StringComparison.Ordinal);
            Assert.Contains("https://portal.test/inbox", part, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"https://portal.test/inbox\">", html, StringComparison.Ordinal);
        foreach (var secret in new[] { Sentinel, "Sentinel Court", "hungry", "zephyrine@example.org", "7946", "2019-01-31" })
        {
            Assert.DoesNotContain(secret, team.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_reporter_who_gave_an_email_address_gets_an_acknowledgement_without_the_concerns_details()
    {
        var acknowledged = await SubmitAsync(new JsonObject { ["name"] = Sentinel, ["email"] = "zephyrine@example.org" });
        await SubmitAsync(new JsonObject { ["name"] = Sentinel, ["phone"] = "020 7946 0001" });

        Assert.Equal(3, await sendGrid.Dispatcher.DispatchDueAsync(default));

        var accepted = await sendGrid.Fake.AcceptedAsync();
        var acknowledgement = Assert.Single(accepted, b => To(b) != TeamMailbox);
        Assert.Equal("zephyrine@example.org", To(acknowledgement));
        var text = Content(acknowledgement, "text/plain");
        Assert.Contains(acknowledged, text, StringComparison.Ordinal);
        Assert.Contains("020 7332 3621", text, StringComparison.Ordinal);
        Assert.Contains("What happens next", text, StringComparison.Ordinal);
        foreach (var secret in new[] { Sentinel, "Sentinel Court", "hungry", "2019-01-31" })
        {
            Assert.DoesNotContain(secret, Content(acknowledgement, "text/plain") + Content(acknowledgement, "text/html") + acknowledgement["subject"], StringComparison.OrdinalIgnoreCase);
        }

        var rows = await sendGrid.AllAsync<OutboxMessage>();
        Assert.Single(rows, r => r.Kind == "reporter-acknowledgement");
    }

    private async Task<string> SubmitAsync(JsonObject contact)
    {
        var body = Scenario.All.Single(s => s.Id == "S02").Request.DeepClone().AsObject();
        body["description"] = $"{Sentinel} says the child at 14 Sentinel Court is left alone and hungry every evening.";
        body["reporterContact"] = contact;
        body["people"]![0]!["dateOfBirth"] = "2019-01-31";
        using var response = await sendGrid.Portal.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/concerns", body);
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]!;
    }

    private static string? To(JsonObject body) => (string?)body["personalizations"]![0]!["to"]![0]!["email"];

    private static string Content(JsonObject body, string type) =>
        (string)body["content"]!.AsArray().Single(c => (string?)c!["type"] == type)!["value"]!;
}
