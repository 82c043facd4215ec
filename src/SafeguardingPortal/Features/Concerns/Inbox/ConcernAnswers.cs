using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// A concern's decrypted answers as the team reads them: the description, the reporter's contact, and every
/// other answer as a labelled line, so nothing the reporter told us is hidden from the team.
/// </summary>
public sealed partial record ConcernAnswers(string Description, IReadOnlyList<(string Label, string Value)> Contact, IReadOnlyList<(string Label, string Value)> Facts)
{
    public static ConcernAnswers Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        var contact = new List<(string, string)>();
        if (root.TryGetProperty("contact", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            Flatten(c, "", contact);
        }

        var facts = new List<(string, string)>();
        foreach (var part in (string[])["request", "details"])
        {
            if (root.TryGetProperty(part, out var element))
            {
                Flatten(element, "", facts);
            }
        }

        return new ConcernAnswers(description, contact, facts);
    }

    private static void Flatten(JsonElement element, string label, List<(string, string)> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, Join(label, Words(property.Name)), into);
                }

                break;
            case JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number):
                if (element.GetArrayLength() > 0)
                {
                    into.Add((label, string.Join(", ", element.EnumerateArray().Select(e => Words(e.ToString())))));
                }

                break;
            case JsonValueKind.Array:
                var index = 1;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, Join(label, index++.ToString(CultureInfo.InvariantCulture)), into);
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            case JsonValueKind.True or JsonValueKind.False:
                into.Add((label, element.GetBoolean() ? "Yes" : "No"));
                break;
            default:
                into.Add((label, element.ValueKind == JsonValueKind.String ? Words(element.GetString()!) : element.ToString()));
                break;
        }
    }

    private static string Join(string label, string part) => label.Length == 0 ? Capitalise(part) : $"{label} › {part}";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>camelCase names and values ("careAndSupportNeeds", "dontKnow") as words; other text as it was written.</summary>
    private static string Words(string name) => CamelCase().IsMatch(name) ? Boundary().Replace(name, " $1").ToLowerInvariant() : name;

    [GeneratedRegex("^[a-z]+([A-Z][a-z0-9]*)+$")]
    private static partial Regex CamelCase();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Boundary();
}
