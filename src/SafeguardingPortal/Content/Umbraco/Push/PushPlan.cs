using System.Globalization;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Decides the writes that make Umbraco hold the target, from what it holds now: nothing for what is already there,
/// a create for what is missing, an update for what differs, and a publish for every document not published as it
/// stands. Pure, so a dry run and a push plan the same, and the order is one Umbraco accepts: languages, then each
/// data type before the document types using it (an element type before the block list holding it), then documents
/// parents first, each published before its children.
/// </summary>
public static class PushPlan
{
    public const string Api = "umbraco/management/api/v1/";

    public static IReadOnlyList<PushChange> Make(PushTarget target, UmbracoInventory held)
    {
        var changes = new List<PushChange>();
        foreach (var culture in target.Cultures.Where(c => !held.Cultures.Contains(c)))
        {
            changes.Add(new($"create language {culture}", HttpMethod.Post, Api + "language", Language(culture, target.Cultures[0])));
        }

        var dataTypeIds = DataTypeIds(target, held);
        var ownDataTypes = target.DataTypes.Where(d => !d.BuiltIn).ToList();
        var readyTypes = held.DocumentTypes.Keys.ToHashSet();
        var laterUpdates = new List<PushChange>();
        foreach (var type in target.DocumentTypes)
        {
            foreach (var dataType in ownDataTypes.Where(d => type.Properties.Any(p => p.Editor == d.Editor)).ToList())
            {
                ownDataTypes.Remove(dataType);
                changes.AddRange(DataTypeChange(dataType, held));
            }

            // A type may allow children of types made after it; it allows them once they exist.
            var allowedNow = type.AllowedChildren.Where(a => a == type.Alias || readyTypes.Contains(PortalDocumentTypes.Get(a).Id)).ToList();
            var body = DocumentType(type, dataTypeIds, type.AllowedChildren);
            var bodyNow = DocumentType(type, dataTypeIds, allowedNow);
            var exists = held.DocumentTypes.TryGetValue(type.Id, out var existing);
            if (exists && JsonMatch.Holds(existing, body))
            {
                readyTypes.Add(type.Id);
                continue;
            }

            if (exists)
            {
                changes.Add(new($"update document type {type.Alias}", HttpMethod.Put, Api + $"document-type/{type.Id}", bodyNow));
            }
            else
            {
                bodyNow["id"] = type.Id.ToString();
                changes.Add(new($"create document type {type.Alias}", HttpMethod.Post, Api + "document-type", bodyNow));
            }

            if (allowedNow.Count < type.AllowedChildren.Count)
            {
                laterUpdates.Add(new($"update document type {type.Alias} (its allowed children)", HttpMethod.Put, Api + $"document-type/{type.Id}", body));
            }

            readyTypes.Add(type.Id);
        }

        changes.AddRange(laterUpdates);
        foreach (var dataType in ownDataTypes)
        {
            changes.AddRange(DataTypeChange(dataType, held));
        }

        foreach (var document in target.Documents)
        {
            changes.AddRange(DocumentChanges(document, held));
        }

        return changes;
    }

    private static Dictionary<Editor, Guid> DataTypeIds(PushTarget target, UmbracoInventory held)
    {
        var ids = new Dictionary<Editor, Guid>();
        foreach (var dataType in target.DataTypes)
        {
            if (!dataType.BuiltIn)
            {
                ids[dataType.Editor] = dataType.Id;
            }
            else if (held.BuiltInDataTypes.TryGetValue(dataType.Editor, out var id))
            {
                ids[dataType.Editor] = id;
            }
            else
            {
                throw new UmbracoPushException($"Umbraco has no data type with the editor {dataType.EditorAlias} (a fresh site's is called '{dataType.Name}'): add one and push again.");
            }
        }

        return ids;
    }

    private static JsonObject Language(string culture, string fallback) => new()
    {
        ["name"] = CultureInfo.GetCultureInfo(culture).EnglishName,
        ["isoCode"] = culture,
        ["isDefault"] = false,
        ["isMandatory"] = false,
        ["fallbackIsoCode"] = culture == fallback ? null : fallback,
    };

    private static IEnumerable<PushChange> DataTypeChange(DataTypeSpec dataType, UmbracoInventory held)
    {
        var body = new JsonObject
        {
            ["name"] = dataType.Name,
            ["editorAlias"] = dataType.EditorAlias,
            ["editorUiAlias"] = dataType.EditorUiAlias,
            ["values"] = dataType.Configuration?.DeepClone() ?? new JsonArray(),
        };
        if (!held.DataTypes.TryGetValue(dataType.Id, out var existing))
        {
            body["id"] = dataType.Id.ToString();
            yield return new($"create data type '{dataType.Name}'", HttpMethod.Post, Api + "data-type", body);
        }
        else if (!JsonMatch.Holds(existing, body))
        {
            yield return new($"update data type '{dataType.Name}'", HttpMethod.Put, Api + $"data-type/{dataType.Id}", body);
        }
    }

    private static JsonObject DocumentType(DocumentTypeSpec type, Dictionary<Editor, Guid> dataTypes, IEnumerable<string> allowedChildren)
    {
        var group = StableId.For($"container:{type.Alias}");
        return new JsonObject
        {
            ["alias"] = type.Alias,
            ["name"] = type.Name,
            ["icon"] = type.Icon,
            ["allowedAsRoot"] = type.AllowedAsRoot,
            ["variesByCulture"] = type.VariesByCulture,
            ["variesBySegment"] = false,
            ["isElement"] = type.IsElement,
            ["properties"] = new JsonArray([.. type.Properties.Select((p, i) => (JsonNode)new JsonObject
            {
                ["id"] = StableId.For($"property:{type.Alias}.{p.Alias}").ToString(),
                ["container"] = new JsonObject { ["id"] = group.ToString() },
                ["sortOrder"] = i,
                ["alias"] = p.Alias,
                ["name"] = p.Name,
                ["dataType"] = new JsonObject { ["id"] = dataTypes[p.Editor].ToString() },
                ["variesByCulture"] = type.VariesByCulture,
                ["variesBySegment"] = false,
                ["validation"] = new JsonObject { ["mandatory"] = false },
                ["appearance"] = new JsonObject { ["labelOnTop"] = false },
            })]),
            ["containers"] = new JsonArray(new JsonObject { ["id"] = group.ToString(), ["name"] = "Content", ["type"] = "Group", ["sortOrder"] = 0 }),
            ["allowedTemplates"] = new JsonArray(),
            ["cleanup"] = new JsonObject { ["preventCleanup"] = false },
            ["allowedDocumentTypes"] = new JsonArray([.. allowedChildren.Select((alias, i) => (JsonNode)new JsonObject
            {
                ["documentType"] = new JsonObject { ["id"] = PortalDocumentTypes.Get(alias).Id.ToString() },
                ["sortOrder"] = i,
            })]),
            ["compositions"] = new JsonArray(),
        };
    }

    private static IEnumerable<PushChange> DocumentChanges(DocumentSpec document, UmbracoInventory held)
    {
        var type = PortalDocumentTypes.Get(document.TypeAlias);
        var name = $"{document.Key} ('{document.Variants[0].Name}')";
        var values = new JsonArray([.. document.Variants.SelectMany(v => v.Values.Select(value => (JsonNode)new JsonObject
        {
            ["culture"] = v.Culture,
            ["segment"] = null,
            ["alias"] = value.Alias,
            ["value"] = value.Value?.DeepClone(),
        }))]);
        var variants = new JsonArray([.. document.Variants.Select(v => (JsonNode)new JsonObject { ["culture"] = v.Culture, ["segment"] = null, ["name"] = v.Name })]);
        var publish = new PushChange($"publish document {name}", HttpMethod.Put, Api + $"document/{document.Id}/publish", new JsonObject
        {
            ["publishSchedules"] = new JsonArray([.. document.Variants.Select(v => (JsonNode)new JsonObject { ["culture"] = v.Culture })]),
        });

        if (!held.Documents.TryGetValue(document.Id, out var existing))
        {
            yield return new($"create document {name}", HttpMethod.Post, Api + "document", new JsonObject
            {
                ["id"] = document.Id.ToString(),
                ["parent"] = document.ParentId is { } parent ? new JsonObject { ["id"] = parent.ToString() } : null,
                ["documentType"] = new JsonObject { ["id"] = type.Id.ToString() },
                ["template"] = null,
                ["values"] = values,
                ["variants"] = variants,
            });
            yield return publish;
            yield break;
        }

        if (existing["documentType"]?["id"]?.GetValue<string>() is { } heldType && Guid.Parse(heldType) != type.Id)
        {
            throw new UmbracoPushException($"The document {name} in Umbraco is not a {type.Alias}: delete it there and push again.");
        }

        var differences = Differences(document, existing);
        if (differences.Count > 0)
        {
            yield return new($"update document {name}: {string.Join(", ", differences)}", HttpMethod.Put, Api + $"document/{document.Id}", new JsonObject
            {
                ["template"] = null,
                ["values"] = values,
                ["variants"] = variants,
            });
            yield return publish;
        }
        else if (document.Variants.Any(v => HeldVariant(existing, v.Culture)?["state"]?.GetValue<string>() != "Published"))
        {
            yield return publish;
        }
    }

    /// <summary>The names and values that differ, as "title (bn)", for the dry run to say what would change.</summary>
    private static List<string> Differences(DocumentSpec document, JsonObject existing)
    {
        var differences = new List<string>();
        var heldValues = (existing["values"] as JsonArray ?? []).OfType<JsonObject>()
            .GroupBy(v => (Alias: v["alias"]?.GetValue<string>() ?? "", Culture: v["culture"]?.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.First()["value"]);
        foreach (var variant in document.Variants)
        {
            var where = variant.Culture is null ? "" : $" ({variant.Culture})";
            if (HeldVariant(existing, variant.Culture)?["name"]?.GetValue<string>() != variant.Name)
            {
                differences.Add("name" + where);
            }

            var sent = variant.Values.ToDictionary(v => v.Alias, v => v.Value);
            var aliases = sent.Keys.Union(heldValues.Keys.Where(k => k.Culture == variant.Culture).Select(k => k.Alias)).Order(StringComparer.Ordinal);
            differences.AddRange(aliases
                .Where(alias => !JsonMatch.SameValue(heldValues.GetValueOrDefault((alias, variant.Culture)), sent.GetValueOrDefault(alias)))
                .Select(alias => alias + where));
        }

        return differences;
    }

    private static JsonObject? HeldVariant(JsonObject existing, string? culture) =>
        (existing["variants"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(v => v["culture"]?.GetValue<string>() == culture);
}
