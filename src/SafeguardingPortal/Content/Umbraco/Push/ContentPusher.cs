using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// <c>content push</c>'s work: reads what Umbraco holds of the portal's document types and documents (reads only),
/// plans the writes with <see cref="PushPlan"/>, and makes them in order when asked to.
/// </summary>
public sealed class ContentPusher(ManagementApiClient api, IOptions<UmbracoOptions> umbraco)
{
    /// <summary>The target for a content snapshot, in the site's cultures and below its start item.</summary>
    public PushTarget Target(ContentSnapshot snapshot, IContentFiles files) =>
        new([umbraco.Value.EnglishCulture, umbraco.Value.BengaliCulture], PortalDocumentTypes.DataTypes, PortalDocumentTypes.All,
            PortalDocuments.From(snapshot, files, umbraco.Value.Cultures, umbraco.Value.StartItem));

    public async Task<IReadOnlyList<PushChange>> PlanAsync(PushTarget target, CancellationToken cancellationToken) =>
        PushPlan.Make(target, await ReadAsync(target, cancellationToken));

    public async Task ApplyAsync(PushChange change, CancellationToken cancellationToken) =>
        await api.SendAsync(change.Method, change.Path, change.Body, cancellationToken);

    private async Task<UmbracoInventory> ReadAsync(PushTarget target, CancellationToken cancellationToken)
    {
        var languages = await api.GetAsync(PushPlan.Api + "language?skip=0&take=1000", cancellationToken);
        var cultures = Items(languages).Select(l => l["isoCode"]?.GetValue<string>() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);

        var builtIn = new Dictionary<Editor, Guid>();
        foreach (var dataType in target.DataTypes.Where(d => d.BuiltIn))
        {
            var query = $"filter/data-type?skip=0&take=100&name={Uri.EscapeDataString(dataType.Name)}&editorAlias={Uri.EscapeDataString(dataType.EditorAlias)}";
            var found = Items(await api.GetAsync(PushPlan.Api + query, cancellationToken)).ToList();

            // The filter matches names containing the text ("Date Picker with time"): the exact name first.
            var match = found.FirstOrDefault(d => d["name"]?.GetValue<string>() == dataType.Name) ?? found.FirstOrDefault();
            if (match?["id"]?.GetValue<string>() is { } id)
            {
                builtIn[dataType.Editor] = Guid.Parse(id);
            }
        }

        return new UmbracoInventory(
            cultures,
            builtIn,
            await ReadEachAsync(target.DataTypes.Where(d => !d.BuiltIn).Select(d => d.Id), "data-type", cancellationToken),
            await ReadEachAsync(target.DocumentTypes.Select(t => t.Id), "document-type", cancellationToken),
            await ReadEachAsync(target.Documents.Select(d => d.Id), "document", cancellationToken));
    }

    private async Task<Dictionary<Guid, JsonObject>> ReadEachAsync(IEnumerable<Guid> ids, string resource, CancellationToken cancellationToken)
    {
        var held = new Dictionary<Guid, JsonObject>();
        foreach (var id in ids)
        {
            if (await api.GetAsync(PushPlan.Api + $"{resource}/{id}", cancellationToken) is { } found)
            {
                held[id] = found;
            }
        }

        return held;
    }

    private static IEnumerable<JsonObject> Items(JsonObject? page) => (page?["items"] as JsonArray ?? []).OfType<JsonObject>();
}
