using System.Globalization;
using System.Text.Json;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// A published document as the Content Delivery API v2 returns it, in the portal's own terms (never Umbraco's types).
/// Property values are read leniently: Umbraco's dates carry no offset, numbers may arrive as text.
/// </summary>
public sealed record DeliveryItem(Guid Id, string ContentType, string Name, string RoutePath, JsonElement Properties)
{
    public static DeliveryItem Parse(JsonElement item) => new(
        item.GetProperty("id").GetGuid(),
        item.GetProperty("contentType").GetString() ?? "",
        item.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "",
        item.TryGetProperty("route", out var route) && route.TryGetProperty("path", out var path) ? path.GetString() ?? "/" : "/",
        item.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? properties.Clone() : Empty);

    /// <summary>Properties of a document or element that has none.</summary>
    public static JsonElement Empty { get; } = JsonSerializer.SerializeToElement(new { });

    public string? Text(string alias) => Value(alias) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    public int? Number(string alias) =>
        int.TryParse(Text(alias), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool? Flag(string alias) => Value(alias) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>A Date Picker value ("2026-09-01T00:00:00", with or without an offset) as a London date.</summary>
    public DateOnly? Date(string alias) =>
        DateTime.TryParse(Text(alias), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? DateOnly.FromDateTime(at) : null;

    /// <summary>A Rich Text property's markup ({markup, blocks}), unsanitised: the caller runs it through the allow-list.</summary>
    public string? Markup(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("markup", out var markup) ? markup.GetString() : null;

    /// <summary>The content elements of a Block List property ({items: [{content, settings}]}).</summary>
    public IReadOnlyList<DeliveryElement> Blocks(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray().Where(i => i.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object).Select(i => DeliveryElement.Parse(i.GetProperty("content")))]
            : [];

    /// <summary>The first image of a Media Picker property: its id, URL on the Umbraco site and extension.</summary>
    public (Guid Id, string Url, string Extension)? Image(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Array } v && v.GetArrayLength() > 0 && v[0] is var media
            && media.TryGetProperty("url", out var url) && media.TryGetProperty("id", out var id)
            ? (id.GetGuid(), url.GetString() ?? "", media.TryGetProperty("extension", out var ext) ? ext.GetString() ?? "" : "")
            : null;

    private JsonElement? Value(string alias) => Properties.TryGetProperty(alias, out var value) ? value : null;
}

/// <summary>One element of a Block List: its element type and a document-like view of its properties.</summary>
public sealed record DeliveryElement(string ContentType, DeliveryItem Values)
{
    public static DeliveryElement Parse(JsonElement content)
    {
        var type = content.TryGetProperty("contentType", out var t) ? t.GetString() ?? "" : "";
        var id = content.TryGetProperty("id", out var i) && i.TryGetGuid(out var guid) ? guid : Guid.Empty;
        var properties = content.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : DeliveryItem.Empty;
        return new(type, new DeliveryItem(id, type, "", "", properties));
    }
}
