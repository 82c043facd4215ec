using System.Text.Json;
using System.Text.Json.Nodes;
using SafeguardingPortal.Content.Umbraco;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>
/// What Umbraco's Delivery API would serve of the documents the fake Management API holds: per culture, each
/// published document with a variant in it (or none, if its type does not vary), at the route made of its
/// ancestors' URL segments below the start item, its properties as the Delivery API writes them (dates with a 'T',
/// block lists as <c>{items: [{content, settings}]}</c>). Umbraco does this when it publishes; the test does it here.
/// </summary>
public static class PublishedView
{
    public static Dictionary<string, IReadOnlyList<DeliveryItem>> Of(JsonObject state, IReadOnlyDictionary<string, string> cultures)
    {
        var types = state["documentTypes"]!.AsArray().ToDictionary(t => (string)t!["id"]!, t => t!.AsObject());
        var documents = state["documents"]!.AsArray().Select(d => d!.AsObject()).ToDictionary(d => (string)d["id"]!);
        var view = new Dictionary<string, IReadOnlyList<DeliveryItem>>();
        foreach (var (language, culture) in cultures)
        {
            var items = new List<DeliveryItem>();
            foreach (var document in documents.Values)
            {
                if (Route(document, culture, documents) is not { } route)
                {
                    continue;
                }

                var type = types[(string)document["documentType"]!["id"]!];
                var properties = new JsonObject();
                foreach (var value in document["values"]!.AsArray().Where(v => (string?)v!["culture"] is null || (string?)v["culture"] == culture))
                {
                    var alias = (string)value!["alias"]!;
                    if (alias != "umbracoUrlName")
                    {
                        properties[alias] = Delivered(value["value"], types);
                    }
                }

                var item = new JsonObject
                {
                    ["id"] = (string)document["id"]!,
                    ["contentType"] = (string)type["alias"]!,
                    ["name"] = (string)Variant(document, culture)!["name"]!,
                    ["route"] = new JsonObject { ["path"] = route },
                    ["properties"] = properties,
                };
                items.Add(DeliveryItem.Parse(JsonSerializer.SerializeToElement(item)));
            }

            view[language] = items;
        }

        return view;
    }

    /// <summary>The route below the start item ("/" for it), or null when the document or an ancestor is not published in the culture.</summary>
    private static string? Route(JsonObject document, string culture, Dictionary<string, JsonObject> documents)
    {
        var segments = new List<string>();
        for (var at = document; ; at = documents[(string)at["parent"]!])
        {
            if (Variant(at, culture) is not { } variant || (string?)variant["state"] != "Published")
            {
                return null;
            }

            if (at["parent"] is null)
            {
                return "/" + string.Concat(segments.AsEnumerable().Reverse().Select(s => s + "/"));
            }

            var urlName = at["values"]!.AsArray().FirstOrDefault(v => (string?)v!["alias"] == "umbracoUrlName" && (string?)v["culture"] == culture)?["value"];
            segments.Add((string?)urlName ?? ((string)variant["name"]!).ToLowerInvariant().Replace(' ', '-'));
        }
    }

    private static JsonObject? Variant(JsonObject document, string culture) =>
        document["variants"]!.AsArray().Select(v => v!.AsObject()).FirstOrDefault(v => (string?)v["culture"] is null || (string?)v["culture"] == culture);

    private static JsonNode? Delivered(JsonNode? value, Dictionary<string, JsonObject> types) => value switch
    {
        JsonObject blocks when blocks["contentData"] is JsonArray contents => new JsonObject
        {
            ["items"] = new JsonArray([.. contents.Select(c => (JsonNode)new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["contentType"] = (string)types[(string)c!["contentTypeKey"]!]["alias"]!,
                    ["id"] = (string)c["key"]!,
                    ["properties"] = new JsonObject([.. c["values"]!.AsArray().Select(v => KeyValuePair.Create((string)v!["alias"]!, Delivered(v["value"], types)))]),
                },
                ["settings"] = null,
            })]),
        },
        JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is { Length: 19 } date && date[4] == '-' && date[10] == ' ' => date.Replace(' ', 'T'),
        _ => value?.DeepClone(),
    };
}
