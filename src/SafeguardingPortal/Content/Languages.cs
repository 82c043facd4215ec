namespace SafeguardingPortal.Content;

public sealed record Language(string Code, string NativeName, string CultureName);

/// <summary>The languages the portal publishes in; English is the default and the fallback.</summary>
public static class Languages
{
    public static readonly Language English = new("en", "English", "en-GB");
    public static readonly Language Bengali = new("bn", "বাংলা", "bn-BD");

    public static readonly IReadOnlyList<Language> All = [English, Bengali];

    public static Language? Find(string? code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
