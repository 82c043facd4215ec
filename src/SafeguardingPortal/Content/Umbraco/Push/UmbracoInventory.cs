using System.Text.Json.Nodes;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// What the push read from Umbraco before deciding anything: the languages, Umbraco's own data types it found by
/// name and editor, and whichever of its data types, document types and documents exist (by their stable ids),
/// each as the Management API returned it.
/// </summary>
public sealed record UmbracoInventory(
    IReadOnlySet<string> Cultures,
    IReadOnlyDictionary<Editor, Guid> BuiltInDataTypes,
    IReadOnlyDictionary<Guid, JsonObject> DataTypes,
    IReadOnlyDictionary<Guid, JsonObject> DocumentTypes,
    IReadOnlyDictionary<Guid, JsonObject> Documents)
{
    public static UmbracoInventory Empty(IReadOnlySet<string> cultures, IReadOnlyDictionary<Editor, Guid> builtIn) =>
        new(cultures, builtIn, new Dictionary<Guid, JsonObject>(), new Dictionary<Guid, JsonObject>(), new Dictionary<Guid, JsonObject>());
}

/// <summary>One write the push makes, with the request that makes it; <see cref="Description"/> is what a dry run prints.</summary>
public sealed record PushChange(string Description, HttpMethod Method, string Path, JsonNode Body)
{
    public override string ToString() => Description;
}

/// <summary>Umbraco cannot take the content as it stands (a missing data type, a document of another type where one belongs).</summary>
public sealed class UmbracoPushException(string message) : Exception(message);
