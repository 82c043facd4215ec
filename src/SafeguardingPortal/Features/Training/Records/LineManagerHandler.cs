using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.Records;

/// <summary>Line management is a relationship, not a role: met by anyone who is someone's line manager.</summary>
public sealed class LineManagerRequirement : IAuthorizationRequirement;

public sealed class LineManagerHandler(PortalDbContext db) : AuthorizationHandler<LineManagerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, LineManagerRequirement requirement)
    {
        if (context.User.UserId() is { } me && await db.Users.AnyAsync(u => u.LineManagerId == me))
        {
            context.Succeed(requirement);
        }
    }
}
