namespace SafeguardingPortal.Content.Umbraco;

/// <summary>The council's Umbraco site, read through its Content Delivery API v2 (docs/umbraco.md).</summary>
public sealed class UmbracoOptions
{
    public const string Section = "Umbraco";

    /// <summary>The site's address, e.g. https://cms.example.gov.uk/.</summary>
    public Uri? DeliveryUrl { get; set; }

    /// <summary>The Delivery API key (Umbraco:CMS:DeliveryApi:ApiKey on the site), sent as <c>Api-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The root document of the campaign's content, sent as <c>Start-Item</c>.</summary>
    public string StartItem { get; set; } = "notice-the-signs";

    /// <summary>Umbraco's culture for English, sent as <c>Accept-Language</c>.</summary>
    public string EnglishCulture { get; set; } = "en-GB";

    /// <summary>Umbraco's culture for Bengali.</summary>
    public string BengaliCulture { get; set; } = "bn";

    /// <summary>The value Umbraco's webhooks send in <see cref="UmbracoWebhook.SecretHeader"/> (set as a custom header on each webhook).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How often everything is read again, to catch a webhook that never arrived.</summary>
    public TimeSpan FullRefreshEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often an instance checks the database for documents another instance read (after its webhook, say).</summary>
    public TimeSpan ShareCheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long start-up waits for the first read before serving the embedded content/ instead.</summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Umbraco's culture for each portal language.</summary>
    public IReadOnlyDictionary<string, string> Cultures => new Dictionary<string, string>
    {
        [Languages.English.Code] = EnglishCulture,
        [Languages.Bengali.Code] = BengaliCulture,
    };
}
