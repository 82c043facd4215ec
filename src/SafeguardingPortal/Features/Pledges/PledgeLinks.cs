namespace SafeguardingPortal.Features.Pledges;

/// <summary>The pledge's fixed words and the source tags its public links carry, so visits can be counted per channel.</summary>
public static class PledgeLinks
{
    public const string PledgeText = "If I notice the signs, I will report my concern";

    public const string ShareSource = "pledge-share";

    public const string CardSource = "pledge-card";

    public const string FollowUpSource = "pledge-follow-up";

    /// <summary>The follow-up's one-tap answers: done the action and know the route, or not yet.</summary>
    public const string AnswerYes = "yes";

    public const string AnswerNotYet = "not-yet";

    public const string CampaignText = "I've taken the Notice the Signs pledge: if I notice the signs of abuse, I will report my concern. Find out how to report a concern:";

    /// <summary>
    /// The follow-up page with an answer chosen. Written here rather than by the link generator because the emails are
    /// written by a background job, outside any request; a page test opens the emailed link.
    /// </summary>
    public static string FollowUp(string token, string answer) => $"/pledge/follow-up/{token}?answer={Uri.EscapeDataString(answer)}";

    /// <summary>Share links are plain addresses of each network's own share page: no third-party script runs on the portal.</summary>
    public static IReadOnlyList<(string Network, string Url)> Share(Uri reportUrl)
    {
        var url = Uri.EscapeDataString(reportUrl.AbsoluteUri);
        var text = Uri.EscapeDataString(CampaignText);
        var both = Uri.EscapeDataString(CampaignText + " " + reportUrl.AbsoluteUri);
        return
        [
            ("Microsoft Teams", $"https://teams.microsoft.com/share?href={url}&msgText={text}"),
            ("LinkedIn", $"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
            ("X", $"https://x.com/intent/post?text={text}&url={url}"),
            ("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}&quote={both}"),
        ];
    }
}
