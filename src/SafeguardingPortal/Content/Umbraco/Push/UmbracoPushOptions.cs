namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Where <c>content push</c> writes: an Umbraco site's Management API, as an API user with client credentials
/// (Users → API users in the back office; the client id starts <c>umbraco-back-office-</c>). The start item and the
/// culture names are those the portal reads with (docs/umbraco.md).
/// </summary>
public sealed class UmbracoPushOptions
{
    public const string Section = "Umbraco";

    /// <summary>The site's address, e.g. <c>https://cms.example.gov.uk/</c>; the API is below it.</summary>
    public Uri? ManagementUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The URL segment of the home page, which is the start item every other page sits below.</summary>
    public string StartItem { get; set; } = "notice-the-signs";

    public UmbracoCultures Cultures { get; set; } = new();

    /// <summary>Attempts of one request after a network error, a 429 or a 5xx (each after a short, growing wait).</summary>
    public int Retries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The settings missing for a push, by their configuration keys.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (ManagementUrl is null)
        {
            missing.Add($"{Section}:{nameof(ManagementUrl)}");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            missing.Add($"{Section}:{nameof(ClientId)}");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            missing.Add($"{Section}:{nameof(ClientSecret)}");
        }

        return missing;
    }
}

/// <summary>The Umbraco cultures of the portal's languages: <c>Umbraco:Cultures:en</c> and <c>Umbraco:Cultures:bn</c>.</summary>
public sealed class UmbracoCultures
{
    public string En { get; set; } = "en-GB";

    public string Bn { get; set; } = "bn";

    /// <summary>The culture of a portal language code (<c>en</c>, <c>bn</c>).</summary>
    public string Of(string language) => language == "bn" ? Bn : En;
}
