using Microsoft.AspNetCore.Authorization;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>
/// Passing the champion course unlocks the champion resources for champions (issue 6), and only while a certificate
/// is in date: an expired or revoked one closes them until the champion completes the course again.
/// </summary>
public sealed class ChampionResourcesAccessHandler : AuthorizationHandler<IAuthorizationRequirement, ChampionResourcesResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, IAuthorizationRequirement requirement, ChampionResourcesResource resource)
    {
        if (requirement == ResourceAccess.ChampionResources && context.User.Has(PortalRole.Champion) &&
            resource.ChampionCertificates.Any(c => Refreshers.StateOn(resource.Today, c.ExpiresOn, c.Revoked) == CertificateState.Valid))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
