using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>Takes, finds and withdraws pledges; one current pledge per person with an account.</summary>
public sealed class PledgeService(PortalDbContext db, TimeProvider time, IDataProtectionProvider protection, PortalLinks links, IOptions<ReferenceData> reference, PledgeCountsVersion countsVersion)
{
    private const string EmailPurpose = "SafeguardingPortal.Pledges.Email.v1";

    /// <summary>The pledge's own page is reached by this token rather than its id, so nobody can open or withdraw another's pledge.</summary>
    private const string OwnerPurpose = "SafeguardingPortal.Pledges.Owner.v1";

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The person's newest pledge not withdrawn, current or lapsed (<see cref="PledgeRules.Latest"/>).</summary>
    public async Task<Pledge?> LatestOfAsync(Guid userId, CancellationToken cancellationToken = default) =>
        PledgeRules.Latest(await db.Set<Pledge>().Where(p => p.UserId == userId && p.WithdrawnAt == null).ToListAsync(cancellationToken));

    /// <summary>Pledges as the signed-in person; when they already have a current pledge, that one is returned and nothing is stored.</summary>
    public async Task<Pledge> PledgeAsync(ClaimsPrincipal user, PledgeForm form, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? throw new InvalidOperationException("Only a signed-in person pledges with an account");
        var now = Now;
        if (await LatestOfAsync(userId, cancellationToken) is { } existing && PledgeRules.IsCurrent(existing, now))
        {
            return existing;
        }

        var source = user.Has(PortalRole.Staff) ? PledgeSource.Staff : user.Has(PortalRole.Member) ? PledgeSource.Member : PledgeSource.Partner;
        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            FirstName = FirstWord(user.DisplayNameOf()),
            Department = source == PledgeSource.Member ? null : user.FindFirstValue(PortalClaims.Department),
            PersonalAction = Clean(form.PersonalAction),
            PledgedAt = now,
            OnWall = form.OnWall,
            ShowName = form.OnWall && form.ShowName,
            Source = source,
        };
        db.Add(pledge);
        await db.SaveChangesAsync(cancellationToken);
        countsVersion.Changed();
        return pledge;
    }

    /// <summary>
    /// A pledge from someone without an account. A filled honeypot does not drop it: it is stored with the reason,
    /// kept out of the counts and off the wall, and no email goes to an address a robot typed.
    /// </summary>
    public async Task<Pledge> PledgePubliclyAsync(PledgeForm form, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var email = Clean(form.Email);
        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            FirstName = Clean(form.FirstName),
            ProtectedEmail = email is null ? null : protection.CreateProtector(EmailPurpose).Protect(email),
            PersonalAction = Clean(form.PersonalAction),
            PledgedAt = now,
            OnWall = form.OnWall,
            ShowName = form.OnWall && form.ShowName,
            Source = PledgeSource.Public,
            QuarantineReason = form.HoneypotFilled ? "The hidden honeypot field was filled in." : null,
        };
        db.Add(pledge);
        if (email is not null && pledge.QuarantineReason is null)
        {
            db.Add(PledgeEmails.Confirmation(pledge, email, links.Absolute(links.Pledge(TokenFor(pledge))), links.ReportAbsolute(PledgeLinks.ShareSource), reference.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        countsVersion.Changed();
        return pledge;
    }

    public async Task<Pledge?> FindAsync(string token, CancellationToken cancellationToken = default) =>
        IdFrom(token) is { } id ? await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;

    /// <summary>Withdraws at once: the wall and current counts read the stamp, so the entry is gone on the next request.</summary>
    public async Task WithdrawAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        if (pledge.WithdrawnAt is null)
        {
            pledge.WithdrawnAt = Now;
            await db.SaveChangesAsync(cancellationToken);
            countsVersion.Changed();
        }
    }

    /// <summary>Hexadecimal, because the portal's links are lower-cased and Data Protection's own encoding is case-sensitive.</summary>
    /// <summary>The name the card carries: the account's display name, or the first name a member of the public gave (or none).</summary>
    public async Task<string?> CardNameAsync(Pledge pledge, CancellationToken cancellationToken = default) =>
        pledge.UserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : pledge.FirstName;

    public string TokenFor(Pledge pledge) => Convert.ToHexStringLower(protection.CreateProtector(OwnerPurpose).Protect(pledge.Id.ToByteArray()));

    private Guid? IdFrom(string token)
    {
        try
        {
            var bytes = protection.CreateProtector(OwnerPurpose).Unprotect(Convert.FromHexString(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? FirstWord(string name) => Clean(name)?.Split(' ', 2)[0];
}
