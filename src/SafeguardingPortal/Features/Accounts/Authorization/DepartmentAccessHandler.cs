using Microsoft.AspNetCore.Authorization;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>A department's champions and lead see that department only; the safeguarding lead sees them all.</summary>
public sealed class DepartmentAccessHandler : AuthorizationHandler<IAuthorizationRequirement, DepartmentResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, IAuthorizationRequirement requirement, DepartmentResource resource)
    {
        var user = context.User;
        if (requirement == ResourceAccess.Department &&
            (user.Has(PortalRole.SafeguardingLead) || user.HasScope(PortalRole.Champion, resource.Slug) || user.HasScope(PortalRole.DepartmentLead, resource.Slug)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
