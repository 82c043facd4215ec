using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafeguardingPortal.Features.Concerns;

/// <summary>The concern feature's JSON, for the API and for what it stores: camelCase names and enum values (routing.md §11), urgencies as written ("P2").</summary>
public static class ConcernsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(new EnumNames()) },
    };

    /// <summary>camelCase, except names such as "P2" that are already what the API says.</summary>
    private sealed class EnumNames : JsonNamingPolicy
    {
        public override string ConvertName(string name) =>
            name.Length == 2 && char.IsDigit(name[1]) ? name : CamelCase.ConvertName(name);
    }
}
