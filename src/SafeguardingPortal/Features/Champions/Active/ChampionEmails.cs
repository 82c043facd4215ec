using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>
/// The champions' emails. Each is to one person about their own work or their department's request: no names or
/// details of anyone else, and never a comparison with other champions.
/// </summary>
public static class ChampionEmails
{
    public const string NudgeKind = "champion-nudge";
    public const string FirstBriefingKind = "champion-first-briefing";
    public const string MilestoneKind = "champion-milestone";
    public const string PackKind = "champion-pack";
    public const string RequestKind = "briefing-request";
    public const string EscalationKind = "briefing-request-escalated";

    public static OutboxMessage Nudge(string? to, Uri briefings, DateTimeOffset now) => Message(NudgeKind, to, now,
        "It has been a while since your last Notice the Signs briefing",
        $"""
        Thank you for being a safeguarding champion. It is 90 days since your last briefing, or since you became a champion.

        A short session at a team meeting helps colleagues know how to report a concern. The briefing pack and everything else you need are on the portal, where you can log your next session:
        {briefings.AbsoluteUri}
        """);

    public static OutboxMessage FirstBriefing(string? to, Uri checklist, DateTimeOffset now) => Message(FirstBriefingKind, to, now,
        "Ready for your first Notice the Signs briefing?",
        $"""
        You completed the champion course a month ago. Your first briefing is the hardest: the checklist takes you through it, from the pack to logging the session:
        {checklist.AbsoluteUri}
        """);

    public static OutboxMessage Milestone(string? to, int milestone, Uri briefings, DateTimeOffset now) => Message(MilestoneKind, to, now,
        milestone == 1 ? "Thank you for your first Notice the Signs briefing" : $"Thank you for {milestone} Notice the Signs briefings",
        $"""
        {(milestone == 1 ? "You have run your first briefing" : $"You have now run {milestone} briefings")}. Every session means more colleagues who notice the signs and know how to report a concern. Thank you.

        Your briefings: {briefings.AbsoluteUri}
        """);

    public static OutboxMessage Pack(string? to, string label, Uri pack, DateTimeOffset now) => Message(PackKind, to, now,
        $"A new briefing pack is out: version {label}",
        $"""
        Version {label} of the Notice the Signs briefing pack replaces the one before. Please use it from your next briefing. What changed, and where to get it:
        {pack.AbsoluteUri}
        """);

    public static OutboxMessage Request(string? to, string departmentName, Uri request, DateTimeOffset now) => Message(RequestKind, to, now,
        $"A briefing has been requested for {departmentName}",
        $"""
        A manager in {departmentName} has asked for a Notice the Signs briefing. The dates and audience, and the button to accept it, are on the portal:
        {request.AbsoluteUri}
        """);

    public static OutboxMessage Escalation(string? to, string departmentName, Uri request, DateTimeOffset now) => Message(EscalationKind, to, now,
        $"A briefing request for {departmentName} has not been accepted",
        $"""
        A briefing requested for {departmentName} has not been accepted by a champion within {Briefings.ChampionActivity.RequestAcceptWorkingDays} working days. Please find a champion to run it:
        {request.AbsoluteUri}
        """);

    private static OutboxMessage Message(string kind, string? to, DateTimeOffset now, string subject, string text)
    {
        var body = $"""
            {text}

            If you notice the signs, report your concern. In an emergency call 999.

            City of London Corporation
            """;
        return OutboxMessage.Email(kind, to, subject, body, now);
    }
}
