using System.Text.Json;

namespace SafeguardingPortal.Web.Outbox.Events;

/// <summary>The parts of one SendGrid event the portal uses; everything else in it (addresses, reasons) is ignored.</summary>
public sealed record WebhookEvent(string Id, string Event, DateTimeOffset OccurredAt, string? NotificationId)
{
    /// <summary>Reads an event batch (a JSON array); null when it is not one. Events without an id or a type are skipped.</summary>
    public static List<WebhookEvent>? ReadBatch(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. document.RootElement.EnumerateArray().Select(Read).OfType<WebhookEvent>()];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WebhookEvent? Read(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && Text(item, "sg_event_id") is { Length: > 0 and <= 100 } id && Text(item, "event") is { Length: > 0 and <= 30 } type
            ? new WebhookEvent(id, type, item.TryGetProperty("timestamp", out var t) && t.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799)) : DateTimeOffset.UnixEpoch, Text(item, "notification_id"))
            : null;

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
