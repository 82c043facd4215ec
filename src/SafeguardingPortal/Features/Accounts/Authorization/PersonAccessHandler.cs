using Microsoft.AspNetCore.Authorization;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>A person's record is open to them, to their line manager, and to administrators.</summary>
public sealed class PersonAccessHandler : AuthorizationHandler<IAuthorizationRequirement, PersonResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, IAuthorizationRequirement requirement, PersonResource resource)
    {
        var me = context.User.UserId();
        if (requirement == ResourceAccess.Person && me is { } id &&
            (id == resource.Id || id == resource.LineManagerId || context.User.Has(PortalRole.Administrator)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
