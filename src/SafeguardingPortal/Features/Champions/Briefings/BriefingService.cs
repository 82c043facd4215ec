using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Champions.Briefings;

public enum SignInOutcome
{
    SignedIn,
    AlreadySignedIn,
    CodeNotRecognised,
}

public sealed record SignInResult(SignInOutcome Outcome, Briefing? Briefing);

/// <summary>The writes of the briefing log: logging, changing and deleting sessions (each audited), attendee sign-in and feedback.</summary>
public sealed class BriefingService(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => LondonTime.Today(time);

    /// <summary>A department's lead or the safeguarding lead: the people who may change a log after its 14 days.</summary>
    public static bool IsLeadFor(ClaimsPrincipal user, string department) =>
        user.Has(PortalRole.SafeguardingLead) || user.HasScope(PortalRole.DepartmentLead, department);

    public static bool MayChange(ClaimsPrincipal user, Briefing briefing, DateTimeOffset now) =>
        BriefingEdits.MayChange(briefing.LoggedAt, now, briefing.Facilitators.Any(f => f.UserId == user.UserId()), IsLeadFor(user, briefing.Department));

    public Task<Briefing?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Briefing>().Include(b => b.Facilitators).Include(b => b.Attendees).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>The champions of a department, for choosing co-facilitators.</summary>
    public async Task<IReadOnlyList<PortalUser>> ChampionsOfAsync(string department, CancellationToken cancellationToken)
    {
        var ids = db.Set<RoleGrant>().Where(g => g.Role == PortalRole.Champion && g.Scope == department).Select(g => g.UserId);
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<Briefing> LogAsync(ClaimsPrincipal user, BriefingInput input, CancellationToken cancellationToken)
    {
        var userId = user.UserId() ?? throw new InvalidOperationException("Logging a briefing needs a signed-in champion");
        var now = Now;
        var briefing = new Briefing
        {
            Id = Guid.NewGuid(),
            LoggedBy = userId,
            LoggedAt = now,
            SignInSecret = AttendanceCodes.NewSecret(),
        };
        Apply(briefing, input, now);
        briefing.Facilitators.AddRange(input.CoFacilitators.Append(userId).Distinct().Select(id => new BriefingFacilitator { BriefingId = briefing.Id, UserId = id }));
        db.Add(briefing);
        audit.Record(user, "briefing.logged", nameof(Briefing), briefing.Id.ToString(), detail: Describe(briefing));
        await db.SaveChangesAsync(cancellationToken);
        return briefing;
    }

    public async Task UpdateAsync(ClaimsPrincipal user, Briefing briefing, BriefingInput input, CancellationToken cancellationToken)
    {
        var before = Describe(briefing);
        Apply(briefing, input, briefing.LoggedAt);
        var facilitators = input.CoFacilitators.Append(briefing.LoggedBy).Distinct().ToHashSet();
        briefing.Facilitators.RemoveAll(f => !facilitators.Contains(f.UserId));
        briefing.Facilitators.AddRange(facilitators.Where(id => briefing.Facilitators.All(f => f.UserId != id))
            .Select(id => new BriefingFacilitator { BriefingId = briefing.Id, UserId = id }));
        audit.Record(user, "briefing.changed", nameof(Briefing), briefing.Id.ToString(), detail: $"{before} -> {Describe(briefing)}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(ClaimsPrincipal user, Briefing briefing, CancellationToken cancellationToken)
    {
        db.Remove(briefing);
        audit.Record(user, "briefing.deleted", nameof(Briefing), briefing.Id.ToString(), detail: Describe(briefing));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Signs a member of staff in to whichever open briefing the code belongs to; a second sign-in is not counted.</summary>
    public async Task<SignInResult> SignInAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        var now = Now;
        var open = await db.Set<Briefing>().Where(b => b.SignInCloses > now).ToListAsync(cancellationToken);
        var briefing = open.FirstOrDefault(b => AttendanceCodes.Accepts(b.SignInSecret, code, now, b.LoggedAt, b.SignInCloses));
        if (briefing is null)
        {
            return new(SignInOutcome.CodeNotRecognised, null);
        }

        Task<bool> AlreadyIn() => db.Set<BriefingAttendee>().AnyAsync(a => a.BriefingId == briefing.Id && a.UserId == userId, cancellationToken);
        if (await AlreadyIn())
        {
            return new(SignInOutcome.AlreadySignedIn, briefing);
        }

        db.Add(new BriefingAttendee { BriefingId = briefing.Id, UserId = userId, SignedInAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person scanned twice at once: the key kept one row, which is the point.
            db.ChangeTracker.Clear();
            if (!await AlreadyIn())
            {
                throw;
            }

            return new(SignInOutcome.AlreadySignedIn, briefing);
        }

        return new(SignInOutcome.SignedIn, briefing);
    }

    /// <summary>Stores an attendee's answers once, apart from who gave them.</summary>
    public async Task<bool> GiveFeedbackAsync(Guid userId, Guid briefingId, int confidence, bool knowsWhomToContact, CancellationToken cancellationToken)
    {
        var marked = await db.Set<BriefingAttendee>()
            .Where(a => a.BriefingId == briefingId && a.UserId == userId && !a.GaveFeedback)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.GaveFeedback, true), cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        db.Add(new BriefingFeedback { Id = Guid.NewGuid(), BriefingId = briefingId, Confidence = confidence, KnowsWhomToContact = knowsWhomToContact });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Apply(Briefing briefing, BriefingInput input, DateTimeOffset loggedAt)
    {
        briefing.Department = input.Department;
        briefing.HeldOn = input.HeldOn;
        briefing.HeadCount = input.HeadCount;
        briefing.Format = input.Format;
        briefing.DurationMinutes = input.DurationMinutes;
        briefing.Venue = Trimmed(input.Venue);
        briefing.Topic = Trimmed(input.Topic);
        briefing.Notes = Trimmed(input.Notes);
        briefing.Backdated = BriefingEdits.IsBackdated(input.HeldOn, LondonTime.Date(loggedAt));

        // Attendees sign in during the session: only a session held today has a sign-in, open for its length and a grace period.
        briefing.SignInCloses = input.HeldOn == LondonTime.Date(loggedAt)
            ? loggedAt + TimeSpan.FromMinutes(input.DurationMinutes) + Briefing.SignInGrace
            : loggedAt;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Audit detail: the counts and choices, which is all a briefing holds; never the notes, which could be mistaken.
    private static string Describe(Briefing b) => string.Create(CultureInfo.InvariantCulture,
        $"{b.Department} {b.HeldOn:yyyy-MM-dd} head-count {b.HeadCount} {b.Format} {b.DurationMinutes} min facilitators {b.Facilitators.Count}");
}
