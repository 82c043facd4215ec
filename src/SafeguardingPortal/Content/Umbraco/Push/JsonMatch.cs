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

    /// <summary>Whether two property values are the same: nothing, empty text and null alike; numbers, text and dates by their meaning.</summary>
    public static bool SameValue(JsonNode? a, JsonNode? b)
    {
        if (IsNothing(a) || IsNothing(b))
        {
            return IsNothing(a) && IsNothing(b);
        }

        return (a, b) switch
        {
            (JsonObject x, JsonObject y) => x.Select(p => p.Key).Union(y.Select(p => p.Key)).All(key => SameValue(x[key], y[key])),
            (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(pair => SameValue(pair.First, pair.Second)),
            (JsonValue x, JsonValue y) => Text(x) == Text(y) || (AsDate(x) is { } dx && AsDate(y) is { } dy && dx == dy),
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
