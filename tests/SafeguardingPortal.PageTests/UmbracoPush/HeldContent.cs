using System.Text.Json.Nodes;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>
/// What the fake Umbraco holds, read the way the portal's reader finds it: a page by its route, made of the URL
/// segments of the documents below the start item (the home page), and everything else by a property value.
/// </summary>
public sealed class HeldContent(JsonObject state)
{
    public IReadOnlyList<JsonObject> Documents { get; } = [.. state["documents"]!.AsArray().Select(d => d!.AsObject())];

    public HashSet<string> DocumentTypeAliases => state["documentTypes"]!.AsArray().Select(t => (string)t!["alias"]!).ToHashSet();

    public IReadOnlySet<string> Cultures => state["languages"]!.AsArray().Select(l => (string)l!["isoCode"]!).ToHashSet();

    public HashSet<string> PropertyAliases(string typeAlias) =>
        Type(typeAlias)["properties"]!.AsArray().Select(p => (string)p!["alias"]!).ToHashSet();

    public string TypeOf(JsonObject document) =>
        (string)state["documentTypes"]!.AsArray().Single(t => (string?)t!["id"] == (string?)document["documentType"]!["id"])!["alias"]!;

    public IEnumerable<JsonObject> ChildrenOf(JsonObject document) => Documents.Where(d => (string?)d["parent"] == (string?)document["id"]);

    /// <summary>The document at a route in English: the start item is "/", each level below adds its <c>umbracoUrlName</c>.</summary>
    public JsonObject? AtRoute(string route)
    {
        var document = Documents.SingleOrDefault(d => d["parent"] is null);
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            document = document is null ? null : ChildrenOf(document).SingleOrDefault(c => (string?)Value(c, "umbracoUrlName", "en-GB") == segment);
        }

        return document;
    }

    public JsonObject ByValue(string typeAlias, string alias, string value)
    {
        var id = (string)Type(typeAlias)["id"]!;
        return Documents.Single(d => (string?)d["documentType"]!["id"] == id && (string?)Value(d, alias, null) == value);
    }

    public static JsonNode? Value(JsonObject document, string alias, string? culture) =>
        document["values"]!.AsArray().FirstOrDefault(v => (string?)v!["alias"] == alias && (string?)v["culture"] == culture)?["value"];

    private JsonObject Type(string alias) => state["documentTypes"]!.AsArray().Single(t => (string?)t!["alias"] == alias)!.AsObject();
}
