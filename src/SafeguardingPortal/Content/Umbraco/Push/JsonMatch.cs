using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Compares what the push would send with what Umbraco returned. Umbraco answers with more than it was sent (nulls,
/// flags, dates) and in its own forms (a number as text, a date with a 'T'), so the comparison asks whether
/// Umbraco already holds what would be sent, not whether the JSON is identical.
/// </summary>
public static class JsonMatch
{
    /// <summary>Whether every field of <paramref name="sent"/> is in <paramref name="held"/> with an equal value; arrays match in any order.</summary>
    public static bool Holds(JsonNode? held, JsonNode? sent) => (sent, held) switch
    {
        (JsonObject s, JsonObject h) => s.All(p => Holds(h[p.Key], p.Value)),
        (JsonObject s, _) => s.Count == 0,
        (JsonArray s, JsonArray h) => s.Count == h.Count && s.All(item => h.Any(other => Holds(other, item))),
        (JsonArray s, _) => s.Count == 0,
        _ => SameValue(held, sent),
    };

    /// <summary>
    /// Whether Umbraco holds a property value the push would send: nothing, empty text and null alike; numbers, text
    /// and dates by their meaning; in an object (a block list), only the fields sent count; arrays in order.
    /// </summary>
    public static bool SameValue(JsonNode? held, JsonNode? sent)
    {
        if (IsNothing(held) || IsNothing(sent))
        {
            return IsNothing(held) && IsNothing(sent);
        }

        return (held, sent) switch
        {
            (JsonObject h, JsonObject s) => s.All(p => SameValue(h[p.Key], p.Value)),
            (JsonArray h, JsonArray s) => h.Count == s.Count && h.Zip(s).All(pair => SameValue(pair.First, pair.Second)),
            (JsonValue h, JsonValue s) => Text(h) == Text(s) || (AsDate(h) is { } dh && AsDate(s) is { } ds && dh == ds),
            _ => false,
        };
    }

    private static bool IsNothing(JsonNode? node) =>
        node is null || node.GetValueKind() == JsonValueKind.Null || (node.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Length == 0);

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    private static DateTime? AsDate(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: >= 10 } text && text[4] == '-'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
}
