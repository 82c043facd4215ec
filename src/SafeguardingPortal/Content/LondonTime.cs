namespace SafeguardingPortal.Content;

/// <summary>Campaign dates, office hours and bank holidays are all London dates.</summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);

    public static DateOnly Today(TimeProvider time) => Date(time.GetUtcNow());

    /// <summary>The instant a London date begins (midnight in London, GMT or BST), so a range of dates can be queried by instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), Zone), TimeSpan.Zero);
}
