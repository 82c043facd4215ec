using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>Who an administrator invites: a Member or a partner, with the roles they start with.</summary>
public sealed record Invitation(string Email, string DisplayName, string? Department, string? Organisation, IReadOnlyList<(PortalRole Role, string? Scope)> Roles);

/// <summary>
/// Local accounts exist only by invitation (no open registration). The invitation is an email through the outbox,
/// saved with the account in one transaction; following its link confirms the address and sets a password.
/// </summary>
public sealed class Invitations(UserManager<PortalUser> users, PortalDbContext db, RoleGrants grants, AuditLog audit, IOptions<PortalOptions> portal, TimeProvider time)
{
    public const string EmailKind = "account-invitation";

    public async Task<(PortalUser? User, IdentityResult Result)> InviteAsync(Invitation invitation, ClaimsPrincipal administrator)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new PortalUser
        {
            Kind = AccountKind.Local,
            UserName = invitation.Email,
            Email = invitation.Email,
            DisplayName = invitation.DisplayName,
            Department = invitation.Department,
            Organisation = invitation.Organisation,
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, created);
        }

        foreach (var (role, scope) in invitation.Roles)
        {
            grants.Grant(user, role, scope, administrator);
        }

        audit.Record(administrator, "account.invited", "user", user.Id.ToString());
        await EnqueueAsync(user);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (user, created);
    }

    /// <summary>A new link, for an invitation that expired or went astray; older links stop working.</summary>
    public async Task ResendAsync(PortalUser user, ClaimsPrincipal administrator)
    {
        await users.UpdateSecurityStampAsync(user);
        audit.Record(administrator, "account.invitation-resent", "user", user.Id.ToString());
        await EnqueueAsync(user);
        await db.SaveChangesAsync();
    }

    public async Task<PortalUser?> FindPendingAsync(Guid userId, string token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is { Kind: AccountKind.Local, EmailConfirmed: false } &&
            await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<PortalUser>.ConfirmEmailTokenPurpose, token)
            ? user
            : null;
    }

    /// <summary>Confirms the email address and sets the first password, together.</summary>
    public async Task<IdentityResult> AcceptAsync(PortalUser user, string token, string password)
    {
        var checkedPassword = await ValidatePasswordAsync(user, password);
        if (!checkedPassword.Succeeded)
        {
            return checkedPassword;
        }

        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (!confirmed.Succeeded)
        {
            return confirmed;
        }

        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            audit.Record(null, "account.activated", "user", user.Id.ToString());
            await db.SaveChangesAsync();
        }

        return result;
    }

    private async Task<IdentityResult> ValidatePasswordAsync(PortalUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }

    private async Task EnqueueAsync(PortalUser user)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = new Uri(portal.Value.PublicBaseUrl, QueryHelpers.AddQueryString("account/invitation", new Dictionary<string, string?> { ["user"] = user.Id.ToString(), ["token"] = token }));
        var now = time.GetUtcNow();
        const string subject = "Your invitation to Notice the Signs";
        var body = $"""
            Dear {user.DisplayName},

            You have been invited to Notice the Signs, the City of London Corporation's safeguarding portal, where you can take the pledge to report concerns and complete your safeguarding training.

            To accept, confirm your email address and choose a password:
            {link}

            This link works for 7 days. If you were not expecting this email, you can ignore it.

            City of London Corporation
            """;
        db.Set<OutboxMessage>().Add(OutboxMessage.Email(EmailKind, user.Email, subject, body, now));
    }
}
