using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>One team's case of one concern as the inbox lists it: nothing personal, only what sorts and filters.</summary>
public sealed record InboxRow(Concern Concern, Team Team, CaseStatus Status, bool Overdue, DateOnly? FollowUpOn);

/// <summary>The inbox's filters, as the query string carries them (no concern data in it).</summary>
public sealed record InboxFilter(Team? Team, string Phase, Urgency? Urgency, string? Age, bool OverdueOnly)
{
    public const string Open = "open";
    public const string All = "all";

    public bool Matches(InboxRow row, DateOnly today)
    {
        var received = Content.LondonTime.Date(row.Concern.ReceivedAt);
        return (Team is null || row.Team == Team)
            && (Urgency is null || row.Concern.Urgency == Urgency)
            && (!OverdueOnly || row.Overdue)
            && Phase switch
            {
                All => true,
                Open => row.Status is not (CaseStatus.Closed or CaseStatus.Transferred),
                _ => row.Status.ToString() == Phase,
            }
            && Age switch
            {
                "today" => received == today,
                "week" => received > today.AddDays(-7),
                "older" => received <= today.AddDays(-7),
                _ => true,
            };
    }
}
