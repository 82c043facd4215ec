namespace SafeguardingPortal.Testing;

/// <summary>A clock the test sets (Microsoft.Extensions.TimeProvider.Testing is not on the package mirror).</summary>
public sealed class FakeTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
