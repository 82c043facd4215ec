using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Accounts.Demo;

/// <summary>
/// One demo account per role for the README's run command, so every part of the portal can be tried without an
/// identity provider. Registered only in Development (see <see cref="DemoServices"/>).
/// </summary>
public sealed class DemoAccounts(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    public const string Department = "open-spaces";
    public const string OtherDepartment = "barbican-centre";

    public static readonly IReadOnlyList<(string Email, string Name, PortalRole Role, string? Scope)> All =
    [
        .. PortalRoles.All.Select(role => ($"{role.ToString().ToLowerInvariant()}@demo.invalid", $"Demo {RoleNames.Of(role)}", role, DemoScope(role))),
        ("champion.barbican@demo.invalid", "Demo Safeguarding champion (Barbican)", PortalRole.Champion, OtherDepartment),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var (email, name, role, roleScope) in All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PortalUser
            {
                Kind = AccountKind.Demo,
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                Department = role == PortalRole.Partner || role == PortalRole.Member ? null : roleScope == OtherDepartment ? OtherDepartment : Department,
                Organisation = role == PortalRole.Partner ? roleScope : null,
                CreatedAt = time.GetUtcNow(),
            };
            await users.CreateAsync(user);
            db.Set<RoleGrant>().Add(new RoleGrant { Id = Guid.NewGuid(), UserId = user.Id, Role = role, Scope = roleScope, Source = GrantSource.Demo, GrantedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task<List<PortalUser>> ListAsync(PortalDbContext db) =>
        db.Users.Where(u => u.Kind == AccountKind.Demo).OrderBy(u => u.DisplayName).ToListAsync();

    private static string? DemoScope(PortalRole role) => PortalRoles.ScopeOf(role) switch
    {
        RoleScope.Department => Department,
        RoleScope.Organisation => "Demo Primary School",
        RoleScope.Team => role == PortalRole.TeamManager ? nameof(PortalRole.ChildrenTeam) : role.ToString(),
        _ => null,
    };
}
