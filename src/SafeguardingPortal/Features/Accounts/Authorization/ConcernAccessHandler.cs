using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>A team (and its manager) opens the concerns routed to it; the safeguarding lead opens every inbox.</summary>
public sealed class ConcernAccessHandler : AuthorizationHandler<IAuthorizationRequirement, ConcernResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, IAuthorizationRequirement requirement, ConcernResource resource)
    {
        var user = context.User;
        if (requirement == ResourceAccess.Concern &&
            (user.Has(PortalRole.SafeguardingLead) || resource.Teams.Any(team => OpensInbox(user, team))))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool OpensInbox(ClaimsPrincipal user, Team team) =>
        PortalRoles.InboxOf(team) is { } role && (user.Has(role) || user.HasScope(PortalRole.TeamManager, role.ToString()));
}
