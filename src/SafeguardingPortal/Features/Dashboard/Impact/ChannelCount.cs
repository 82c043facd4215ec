namespace SafeguardingPortal.Features.Dashboard.Impact;

/// <summary>The first two steps of a channel's funnel; the third, submitted, is the concerns' own source tag.</summary>
public enum ChannelStage
{
    /// <summary>The report-a-concern start page was opened.</summary>
    Visit,

    /// <summary>The first question was answered.</summary>
    Start,
}

/// <summary>
/// How many times a day a channel's link reached a funnel step: a count, never a visitor. The channel is the
/// <c>src</c> tag on the link (poster QR codes, pledge cards, noticeboards, share links) or "direct" without one,
/// read from the URL on the server: no cookie, nothing about the visitor is kept.
/// </summary>
public sealed class ChannelCount
{
    public const string Direct = "direct";

    public Guid Id { get; init; }

    public DateOnly Day { get; init; }

    public string Channel { get; init; } = "";

    public ChannelStage Stage { get; init; }

    public int Count { get; set; }
}
