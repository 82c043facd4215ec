using System.Globalization;
using System.Text.Json;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// Reads fields of one JSON object by name, recording a wrong type or an unknown value as an error on that
/// field's camelCase path. Enum values are the members' camelCase names.
/// </summary>
internal sealed class JsonReader(JsonElement element, RequestErrors errors, string prefix = "")
{
    private const string WrongValue = "Enter a valid value";

    public JsonElement Element => element;

    public string PathOf(string field) => prefix + field;

    public void Error(string field, string message) => errors.Add(PathOf(field), message);

    public bool HasError(string field) => errors.Has(PathOf(field));

    public bool HasErrors => prefix.Length > 0 && errors.AnyUnder(prefix);

    public bool Has(string objectField, string field) =>
        element.TryGetProperty(objectField, out var inner) && inner.ValueKind == JsonValueKind.Object
        && inner.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    public T? Enum<T>(string field, string message, bool required = false)
        where T : struct, System.Enum
    {
        if (!TryGet(field, out var value))
        {
            if (required)
            {
                Error(field, message);
            }

            return null;
        }

        var parsed = AsEnum<T>(value);
        if (parsed is null)
        {
            Error(field, message);
        }

        return parsed;
    }

    public T? AsEnum<T>()
        where T : struct, System.Enum => AsEnum<T>(element);

    public string? String(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(field, WrongValue);
            return null;
        }

        return value.GetString();
    }

    public bool? Bool(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(field, "Select yes or no");
        return null;
    }

    public int? Int(string field, string message)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Error(field, message);
        return null;
    }

    public DateOnly? Date(string field, string message)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(field, message);
        return null;
    }

    /// <summary>An ISO-8601 date and time that says its offset from UTC ("Z" or "+01:00").</summary>
    public DateTimeOffset? Instant(string field, string message)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && text.Contains('T', StringComparison.Ordinal))
        {
            return instant;
        }

        Error(field, message);
        return null;
    }

    /// <param name="errorPath">Where a missing object is reported: the field a person would fix (e.g. <c>reporter.role</c>).</param>
    public JsonReader? Object(string field, bool required, string message, string errorPath)
    {
        if (!TryGet(field, out var value))
        {
            if (required)
            {
                errors.Add(PathOf(errorPath), message);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(PathOf(required ? errorPath : field), required ? message : WrongValue);
            return null;
        }

        return new JsonReader(value, errors, PathOf(field) + ".");
    }

    public List<JsonReader>? Array(string field, string message)
    {
        if (!TryGet(field, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            Error(field, message);
            return null;
        }

        return [.. value.EnumerateArray().Select((item, i) => new JsonReader(item, errors, $"{PathOf(field)}[{i}]."))];
    }

    private bool TryGet(string field, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static T? AsEnum<T>(JsonElement value)
        where T : struct, System.Enum
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString();
        foreach (var member in System.Enum.GetValues<T>())
        {
            if (JsonNamingPolicy.CamelCase.ConvertName(member.ToString()) == text)
            {
                return member;
            }
        }

        return null;
    }
}
