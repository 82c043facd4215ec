using System.Text.Json;

namespace SafeguardingPortal.Reference;

/// <summary>Enum values as reference files and the API spell them: <c>shireDistrict</c>, <c>bestFit</c>.</summary>
public static class CamelCaseNames
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name);

    /// <summary>Exactly one of <see cref="Names{TEnum}"/>: no numbers, no other casing.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = Enum.GetValues<TEnum>().FirstOrDefault(v => Name(v) == text);
        return Name(value) == text;
    }
}
