using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>Takes, renews, finds and withdraws pledges; one current pledge per person with an account.</summary>
public sealed class PledgeService(PortalDbContext db, TimeProvider time, IDataProtectionProvider protection, PortalLinks links, IOptions<ReferenceData> reference, PledgeCountsVersion countsVersion)
{
    private const string EmailPurpose = "SafeguardingPortal.Pledges.Email.v1";

    /// <summary>The pledge's own page is reached by this token rather than its id, so nobody can open or withdraw another's pledge.</summary>
    private const string OwnerPurpose = "SafeguardingPortal.Pledges.Owner.v1";

    private const string FollowUpPurpose = "SafeguardingPortal.Pledges.FollowUp.v1";

    /// <summary>The level name a Level 1 course's certificates carry (<see cref="Course.LevelName"/>).</summary>
    private const string Level1 = "Level 1";

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The person's newest pledge not ended, current or lapsed (<see cref="PledgeRules.Latest"/>).</summary>
    public async Task<Pledge?> LatestOfAsync(Guid userId, CancellationToken cancellationToken = default) =>
        PledgeRules.Latest(await db.Set<Pledge>().Where(p => p.UserId == userId && p.WithdrawnAt == null && p.RenewedAsId == null).ToListAsync(cancellationToken));

    /// <summary>
    /// Pledges as the signed-in person. With a current pledge, that one is returned and nothing is stored; with a
    /// lapsed one, the new pledge renews it. Two posts at once meet the database's one-un-ended-pledge index, and the
    /// loser gets the winner's pledge.
    /// </summary>
    public async Task<Pledge> PledgeAsync(ClaimsPrincipal user, PledgeForm form, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? throw new InvalidOperationException("Only a signed-in person pledges with an account");
        var now = Now;
        var latest = await LatestOfAsync(userId, cancellationToken);
        if (latest is not null && PledgeRules.IsCurrent(latest, now))
        {
            return latest;
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
        try
        {
            return await StoreAsync(pledge, renewing: latest, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await LatestOfAsync(userId, cancellationToken) ?? throw new InvalidOperationException("A pledge was refused, yet none stands");
        }
    }

    /// <summary>
    /// Renews a lapsed pledge from its own page, with the same choices: how someone without an account renews, as
    /// their owner link is all that ties the two pledges together. Renewing twice (two presses, two tabs) gives the
    /// same new pledge.
    /// </summary>
    public async Task<Pledge> RenewAsync(Pledge lapsed, CancellationToken cancellationToken = default)
    {
        if (!PledgeRules.CanRenew(lapsed, Now))
        {
            return await RenewalOfAsync(lapsed.Id, cancellationToken);
        }

        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            UserId = lapsed.UserId,
            FirstName = lapsed.FirstName,
            ProtectedEmail = lapsed.ProtectedEmail,
            Department = lapsed.Department,
            PersonalAction = lapsed.PersonalAction,
            PledgedAt = Now,
            OnWall = lapsed.OnWall,
            ShowName = lapsed.ShowName,
            Source = lapsed.Source,
        };
        try
        {
            return await StoreAsync(pledge, renewing: lapsed, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await RenewalOfAsync(lapsed.Id, cancellationToken);
        }
    }

    /// <summary>The pledge that renewed this one, or this one as it now stands when it was not renewed (withdrawn meanwhile).</summary>
    private async Task<Pledge> RenewalOfAsync(Guid id, CancellationToken cancellationToken)
    {
        var pledge = await db.Set<Pledge>().SingleAsync(p => p.Id == id, cancellationToken);
        return pledge.RenewedAsId is { } renewedAs ? await db.Set<Pledge>().SingleAsync(p => p.Id == renewedAs, cancellationToken) : pledge;
    }

    /// <summary>
    /// Stores a new pledge, ending the lapsed one it renews in the same transaction. The old row is ended by a
    /// conditional update first, so of two renewals at once only one finds it un-ended; the other is refused.
    /// </summary>
    private async Task<Pledge> StoreAsync(Pledge pledge, Pledge? renewing, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (renewing is not null)
        {
            var ended = await db.Set<Pledge>()
                .Where(p => p.Id == renewing.Id && p.WithdrawnAt == null && p.RenewedAsId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.RenewedAsId, pledge.Id), cancellationToken);
            if (ended == 0)
            {
                throw new DbUpdateException("The lapsed pledge was renewed or withdrawn meanwhile");
            }
        }

        db.Add(pledge);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

    /// <summary>
    /// Withdraws at once: the wall and current counts read the stamp, so the entry is gone on the next request. An
    /// ended pledge stays as it is: the owner link of a renewed pledge cannot withdraw the pledge that replaced it.
    /// </summary>
    public async Task WithdrawAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        if (!PledgeRules.IsEnded(pledge))
        {
            pledge.WithdrawnAt = Now;
            await db.SaveChangesAsync(cancellationToken);
            countsVersion.Changed();
        }
    }

    /// <summary>The name the card carries: the account's display name, or the first name a member of the public gave (or none).</summary>
    public async Task<string?> CardNameAsync(Pledge pledge, CancellationToken cancellationToken = default) =>
        pledge.UserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : pledge.FirstName;

    /// <summary>Whether the person holds a Level 1 certificate that is not revoked and expires after today (London).</summary>
    public Task<bool> HasLevel1InDateAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var today = LondonTime.Today(time);
        return db.Set<Certificate>().AnyAsync(c => c.UserId == userId && c.Level == Level1 && !c.Revoked && c.ExpiresOn > today, cancellationToken);
    }

    /// <summary>The 30-day follow-up's answer, recorded changeably: the latest press counts.</summary>
    public async Task AnswerFollowUpAsync(Pledge pledge, bool honoured, CancellationToken cancellationToken = default)
    {
        if (pledge.Honoured != honoured)
        {
            pledge.Honoured = honoured;
            await db.SaveChangesAsync(cancellationToken);
            countsVersion.Changed();
        }
    }

    public async Task<Pledge?> FindByFollowUpAsync(string token, CancellationToken cancellationToken = default) =>
        IdFrom(token, FollowUpPurpose) is { } id ? await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;

    /// <summary>The address a member of the public gave, for the outbox only.</summary>
    public string? EmailOf(Pledge pledge) =>
        pledge.ProtectedEmail is { } protectedEmail ? protection.CreateProtector(EmailPurpose).Unprotect(protectedEmail) : null;

    /// <summary>
    /// Opens the pledge's page, card and withdraw button. It does not expire: for someone without an account it is
    /// the only way to withdraw, which must stay as easy as pledging. It is bound to one pledge, so once that pledge
    /// is withdrawn or renewed it can change nothing else. Hexadecimal, because the portal's links are lower-cased
    /// and Data Protection's own encoding is case-sensitive.
    /// </summary>
    public string TokenFor(Pledge pledge) => TokenFor(pledge.Id);

    public string TokenFor(Guid pledgeId) => Token(pledgeId, OwnerPurpose);

    /// <summary>The follow-up email's links carry a token of their own, so answering (or a mail scanner) cannot withdraw.</summary>
    public string FollowUpTokenFor(Pledge pledge) => Token(pledge.Id, FollowUpPurpose);

    private string Token(Guid pledgeId, string purpose) => Convert.ToHexStringLower(protection.CreateProtector(purpose).Protect(pledgeId.ToByteArray()));

    private Guid? IdFrom(string token, string purpose = OwnerPurpose)
    {
        try
        {
            var bytes = protection.CreateProtector(purpose).Unprotect(Convert.FromHexString(token));
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
