namespace SafeguardingPortal.Web.Outbox.SendGrid;

public sealed class SendGridOptions
{
    public const string Section = "Email:SendGrid";

    /// <summary>The API key, with the Mail Send permission only. Unset: no SendGrid sender is registered.</summary>
    public string? ApiKey { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.sendgrid.com");

    /// <summary>Quick retries within one attempt, for a blip; longer outages are the outbox's to ride out.</summary>
    public int QuickRetries { get; set; } = 3;

    /// <summary>The first quick retry's wait; each next one doubles, with jitter.</summary>
    public TimeSpan QuickRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait for a 429's <c>X-RateLimit-Reset</c> within one attempt; beyond it the outbox retries later.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
