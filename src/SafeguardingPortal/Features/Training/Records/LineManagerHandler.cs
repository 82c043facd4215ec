using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>Line management is a relationship, not a role: met by anyone who is someone's line manager.</summary>
public sealed class LineManagerRequirement : IAuthorizationRequirement;

/// <summary>
/// Takes the request's services, not a database context: ASP.NET Core builds every authorization handler for every
/// request, anonymous and output-cached ones too, and a context in the constructor made each of them build one (half
/// the cached home page's throughput, bench/home-vs-nginx.sh). The context is asked for only when the policy is.
/// </summary>
public sealed class LineManagerHandler(IServiceProvider requestServices) : AuthorizationHandler<LineManagerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, LineManagerRequirement requirement)
    {
        if (context.User.UserId() is not { } me)
        {
            return;
        }

        var db = requestServices.GetRequiredService<PortalDbContext>();
        if (await db.Users.AnyAsync(u => u.LineManagerId == me))
        {
            context.Succeed(requirement);
        }
    }
}
