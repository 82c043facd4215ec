using System.Text.Json;

namespace SafeguardingPortal.Web.Outbox.Events;

/// <summary>The parts of one SendGrid event the portal uses; everything else in it (addresses, reasons) is ignored.</summary>
public sealed record WebhookEvent(string Id, string Event, DateTimeOffset OccurredAt, string? NotificationId)
{
    /// <summary>
    /// Reads an event batch (a JSON array); null when it is not one, or holds text that is not valid Unicode. Events
    /// without an id or a type are skipped.
    /// </summary>
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
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: an escaped lone surrogate ("\ud800") parses but cannot be read as a string.
            return null;
        }
    }

    private static WebhookEvent? Read(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && Text(item, "sg_event_id") is { Length: > 0 and <= 100 } id && Text(item, "event") is { Length: > 0 and <= 30 } type
            ? new WebhookEvent(id, type, TimestampOf(item), Text(item, "notification_id"))
            : null;

    private static DateTimeOffset TimestampOf(JsonElement item) =>
        item.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))
            : DateTimeOffset.UnixEpoch;

    /// <summary>A string property, or null; never one with a NUL, which PostgreSQL cannot store as text.</summary>
    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !text.Contains('\0')
            ? text
            : null;
}
