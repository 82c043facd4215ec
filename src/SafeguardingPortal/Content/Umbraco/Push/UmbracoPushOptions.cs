namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Where <c>content push</c> writes: an Umbraco site's Management API, as an API user with client credentials
/// (Users → API users in the back office; the client id starts <c>umbraco-back-office-</c>). The start item and the
/// cultures are the reader's (<see cref="UmbracoOptions"/>), so the push writes where the portal reads.
/// </summary>
public sealed class UmbracoPushOptions
{
    public const string Section = "Umbraco";

    /// <summary>The site's address, e.g. <c>https://cms.example.gov.uk/</c>; the API is below it.</summary>
    public Uri? ManagementUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

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
