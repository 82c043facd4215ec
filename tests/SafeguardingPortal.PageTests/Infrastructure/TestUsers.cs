using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>Stores people with roles straight into a test host's database, and gives clients that act as them.</summary>
public static class TestUsers
{
    public static async Task<PortalUser> CreateAsync(
        PortalFactory portal,
        AccountKind kind = AccountKind.EntraId,
        string? department = null,
        string? organisation = null,
        bool twoFactor = false,
        Guid? lineManager = null,
        params (PortalRole Role, string? Scope)[] roles)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var email = $"{Guid.NewGuid():N}@test.invalid";
        var user = new PortalUser
        {
            Kind = kind,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + string.Join(" ", roles.Select(r => r.Role)),
            Department = department,
            Organisation = organisation,
            TwoFactorEnabled = twoFactor,
            LineManagerId = lineManager,
            CreatedAt = portal.Time.GetUtcNow(),
        };
        var result = await users.CreateAsync(user);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        foreach (var (role, roleScope) in roles)
        {
            db.Add(new RoleGrant { Id = Guid.NewGuid(), UserId = user.Id, Role = role, Scope = roleScope, GrantedAt = portal.Time.GetUtcNow() });
        }

        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A client whose every request is made as <paramref name="user"/>.</summary>
    public static HttpClient ClientFor(this PortalFactory portal, PortalUser? user)
    {
        var client = portal.CreateBrowserlessClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestSignIn.Header, user.Id.ToString());
        }

        return client;
    }

    public static async Task SetPasswordAsync(PortalFactory portal, PortalUser user, string password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var stored = await users.FindByIdAsync(user.Id.ToString());
        var result = await users.AddPasswordAsync(stored!, password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }

    public static IReadOnlyList<string> Emails(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Select(u => u.Email!)];
    }
}
