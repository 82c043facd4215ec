using System.Security.Claims;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// Which teams a concern is in the inbox of, and what a team manager may do beyond the team (architecture.md,
/// roles). Whether someone may open a concern at all is the resource check in <c>ConcernAccessHandler</c>.
/// </summary>
public static class CaseAccess
{
    public static readonly IReadOnlyList<Team> InboxTeams = [Team.Children, Team.Adults, Team.Lado, Team.Prevent];

    /// <summary>The teams whose inbox holds the concern: signposts point elsewhere and copies for leads have no inbox here.</summary>
    public static IReadOnlyList<Team> TeamsOf(Concern concern) =>
        [.. concern.Destinations.Where(d => d.Action != RoutingAction.Signpost && InboxTeams.Contains(d.Team)).Select(d => d.Team).Distinct().Order()];

    public static bool IsManagerOf(ClaimsPrincipal user, Team team) =>
        PortalRoles.InboxOf(team) is { } role && user.HasScope(PortalRole.TeamManager, role.ToString());

    /// <summary>A manager of the team signs off, never the person who made the decision (four eyes).</summary>
    public static bool CanSignOff(ClaimsPrincipal user, TeamCase teamCase) =>
        teamCase.Status == CaseStatus.AwaitingSignOff && IsManagerOf(user, teamCase.Team) && teamCase.DecidedBy != user.UserId();

    public static bool CanReroute(ClaimsPrincipal user, Team team) =>
        IsManagerOf(user, team) || user.Has(PortalRole.SafeguardingLead);

    /// <summary>The team's name in URLs and form values: <c>children</c>, <c>adults</c>, <c>lado</c>, <c>prevent</c>.</summary>
    public static string Slug(Team team) => team.ToString().ToLowerInvariant();

    public static Team? FromSlug(string? slug) => InboxTeams.Cast<Team?>().FirstOrDefault(t => Slug(t!.Value) == slug);
}
