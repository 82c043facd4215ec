namespace SafeguardingPortal.Content;

/// <summary>Campaign dates, office hours and bank holidays are all London dates.</summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);

    public static DateOnly Today(TimeProvider time) => Date(time.GetUtcNow());
}
